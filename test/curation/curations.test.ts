// Analysts' curations on the embedded store, on the sample corpus and generated articles: merge,
// rename, set, reject, add, split and undo; surviving a deleted store and a fresh ingest; stale
// curations reported; a malformed file refused with its line number.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { appendCuration, readCurations } from "../../src/graph/curation/curations-file";
import { packExtracted, unpackExtracted } from "../../src/graph/curation/extracted-pack";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import type { GraphDump } from "../../src/graph/store";
import { getDefinition, prepareParams } from "../../src/graph/queries/catalogue";
import { makeReport } from "../../src/graph/make-report";
import { exportGraph } from "../../src/graph/export/export-graph";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

const corpus = [...sampleGraphs(), ...generatedGraphs(40, 3)];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-cur-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function open(name = "graph.json"): Promise<CuratedStore> {
  const mem = MemoryStore.open({ file: join(dir, name), write: true });
  return new CuratedStore(mem, { file: join(dir, "curations.jsonl"), user: "analyst" });
}

/** Two people of the corpus with roles, the first with more relationships. */
function twoPeople(d: GraphDump): [string, string] {
  const degree = new Map<string, number>();
  for (const r of d.rels) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const people = d.nodes.filter((n) => n.label === "Person").sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  return [people[0]!.id, people[1]!.id];
}

const relsOf = (d: GraphDump, id: string) => d.rels.filter((r) => r.from === id || r.to === id);

describe("the extracted facts an Article node keeps for rebuilds", () => {
  it("unpack(pack(graph)) is the article graph exactly, for the sample and generated articles", () => {
    for (const ag of [...corpus, ...generatedGraphs(300, 17)]) {
      const article = ag.nodes.find((n) => n.id === ag.articleId)!;
      const packed = packExtracted(ag, String(article.props.text));
      expect(unpackExtracted(ag.articleId, article, packed)).toEqual(ag);
      // smaller than the graph written out whole
      expect(packed.length).toBeLessThan(JSON.stringify(ag).length);
    }
  });
});

describe("curations on the embedded store", () => {
  it("merge moves OTHER's relationships to KEEP with its names as aliases; undo restores the graph exactly", async () => {
    const store = await open();
    await store.ingest(corpus);
    const before = await store.dump();
    const [keep, other] = twoPeople(before);
    const otherName = before.nodes.find((n) => n.id === other)!.props.name as string;
    const moved = relsOf(before, other).length;
    const res = await store.curate({ op: "merge", keep, other, note: "one person" });
    expect(res.problems).toEqual([]);
    const after = await store.dump();
    expect(after.nodes.some((n) => n.id === other)).toBe(false);
    const kept = after.nodes.find((n) => n.id === keep)!;
    expect(kept.props.aliases).toContain(otherName);
    expect(kept.props.curations).toEqual([res.curation.id]);
    expect(kept.props.curationNotes).toEqual(["one person"]);
    expect(relsOf(after, keep).length).toBeGreaterThanOrEqual(relsOf(before, keep).length + 1);
    expect(relsOf(after, keep).length).toBeLessThanOrEqual(relsOf(before, keep).length + moved);
    // the other name finds the kept person
    const found = await store.run("search", prepareParams(getDefinition("search"), { q: otherName }));
    expect(found.map((r) => r.id)).toContain(keep);

    await store.curate({ op: "undo", target: res.curation.id });
    expect(await store.dump()).toEqual(before);
    const states = (await store.curations()).map((s) => [s.curation.op, s.state]);
    expect(states).toEqual([
      ["merge", "undone"],
      ["undo", "active"],
    ]);
    await store.close();
  });

  it("a merge survives deleting the store and ingesting the same articles again", async () => {
    const store = await open();
    await store.ingest(corpus);
    const [keep, other] = twoPeople(await store.dump());
    await store.curate({ op: "merge", keep, other });
    const curated = await store.dump();
    await store.close();
    rmSync(join(dir, "graph.json"), { force: true });
    rmSync(join(dir, "graph.json.journal"), { force: true });

    const fresh = await open();
    expect((await fresh.counts()).articles).toBe(0);
    // in two batches, in the same order
    await fresh.ingest(corpus.slice(0, 20));
    await fresh.ingest(corpus.slice(20));
    expect(await fresh.dump()).toEqual(curated);
    await fresh.close();
  });

  it("reject and undo work for a relationship of every type, by the relId the relations query gives", async () => {
    const store = await open();
    await store.ingest(corpus);
    const before = await store.dump();
    const types = [...new Set(before.rels.map((r) => r.type))].sort();
    expect(types).toEqual(expect.arrayContaining(["SIGNED_WITH", "HOSTED", "LED_DELEGATION", "HOLDS_ROLE", "PARTICIPATED_IN", "ATTENDED"]));
    for (const type of types) {
      const rel = before.rels.find((r) => r.type === type)!;
      // the id as an analyst gets it: from the relations of the relationship's start
      const rows = await store.run("relations", prepareParams(getDefinition("relations"), { id: rel.from }));
      const row = rows.find((r) => r.type === type && r.direction === "out" && r.otherId === rel.to);
      expect(row).toBeDefined();
      const id = String(row!.relId);
      if (type === "SIGNED_WITH") expect(id.split("|")).toHaveLength(5); // TYPE|from|to|document|event
      const res = await store.curate({ op: "reject", rel: id, note: `not stated (${type})` });
      expect(res.problems).toEqual([]);
      const after = await store.dump();
      expect(after.rels.length).toBe(before.rels.length - 1);
      await store.curate({ op: "undo", target: res.curation.id });
      expect(await store.dump()).toEqual(before);
    }
    // a relId of no relationship, or of no type, is refused with what to do
    await expect(store.curate({ op: "reject", rel: "SIGNED_WITH|org:x|org:y|mou|event:z" })).rejects.toThrow(/no entity with the id org:x|no relationship/);
    await expect(store.curate({ op: "reject", rel: "WRONG|a|b|c" })).rejects.toThrow(/TYPE\|from\|to\|key/);
    await store.close();
  });

  it("rename, set, reject and add change the graph; each is marked with its note", async () => {
    const store = await open();
    await store.ingest(corpus);
    const before = await store.dump();
    const [person] = twoPeople(before);
    const rel = before.rels.find((r) => r.type === "HOLDS_ROLE" && r.from === person)!;
    const relId = `${rel.type}|${rel.from}|${rel.to}|${String(rel.props.key ?? "")}`;
    const province = before.nodes.find((n) => n.label === "Province" && String(n.props.country) === "LA")!.id;
    const org = before.nodes.find((n) => n.label === "Organization")!.id;

    await store.curate({ op: "rename", node: person, name: "Tên Đã Sửa", note: "spelling" });
    await store.curate({ op: "set", node: person, key: "country", value: "LA" });
    await store.curate({ op: "reject", rel: relId, note: "wrong role" });
    const add = await store.curate({
      op: "add",
      type: "SIGNED_WITH",
      from: org,
      to: province,
      document: "mou",
      date: "2024-05-02",
      note: "Ký theo công văn số 12",
    });
    expect(add.problems).toEqual([]);

    const d = await store.dump();
    const p = d.nodes.find((n) => n.id === person)!;
    expect(p.props.name).toBe("Tên Đã Sửa");
    expect(p.props.aliases).toContain(before.nodes.find((n) => n.id === person)!.props.name);
    expect(p.props.country).toBe("LA");
    expect(p.props.curations).toHaveLength(2);
    expect(d.rels.some((r) => `${r.type}|${r.from}|${r.to}|${String(r.props.key ?? "")}` === relId)).toBe(false);
    const added = d.rels.find((r) => r.type === "SIGNED_WITH" && r.from === org && r.to === province)!;
    expect(added.props.curation).toBe(add.curation.id);
    expect(added.props.evidenceText).toEqual(["Ký theo công văn số 12"]);
    // the people report marks the corrected person's rows
    const people = await makeReport(store, "people", { person: person }, "md");
    expect(people).toContain("| Sửa tay |");
    expect(people).toContain("Tên Đã Sửa");
    expect(people).toMatch(/✎ sửa tay \\\(c-/);
    // the note is the evidence's source, shown as an article
    const [article] = await store.run("article", { id: `note:${add.curation.id}` });
    expect(article?.title).toBe("Ghi chú của analyst");
    await store.close();
  });

  it("an added agreement appears in the register with the analyst's mark, its note as the quote, in every export", async () => {
    const store = await open();
    await store.ingest(corpus);
    const orgs = (await store.dump()).nodes.filter((n) => n.label === "Organization");
    const vn = orgs.find((n) => n.props.country === "VN")!;
    const la = orgs.find((n) => n.props.country === "LA")!;
    const add = await store.curate({
      op: "add",
      type: "SIGNED_WITH",
      from: vn.id,
      to: la.id,
      document: "mou",
      date: "2023-07-09",
      note: "Theo văn bản lưu trữ",
    });
    const md = await makeReport(store, "agreements", { yearFrom: "2023", yearTo: "2023" }, "md");
    const line = md.split("\n").find((l) => l.includes("Theo văn bản lưu trữ"))!;
    expect(line).toContain("9/7/2023");
    expect(line).toContain(`✎ sửa tay \\(${add.curation.id}\\)`);
    expect(md).toContain("| Sửa tay |");
    // an export says which facts are curated, with the notes
    for (const format of ["gexf", "graphml", "json", "cypher"] as const) {
      const text = await exportGraph(store, format);
      expect({ format, id: text.includes(add.curation.id), note: text.includes("Theo văn bản lưu trữ") }).toEqual({ format, id: true, note: true });
    }
    await store.close();
  });

  it("split moves a node's mentions in the named articles to a new entity", async () => {
    const store = await open();
    await store.ingest(corpus);
    const before = await store.dump();
    // a province named by several articles
    const counts = new Map<string, Set<string>>();
    for (const r of before.rels) if (r.type === "HELD_IN") counts.set(r.to, new Set([...(counts.get(r.to) ?? []), ...(r.props.evidenceArticle as string[])]));
    const [place, articles] = [...counts].sort((a, b) => b[1].size - a[1].size)[0]!;
    const one = [...articles][0]!;
    const res = await store.curate({ op: "split", node: place, articles: [one], name: "Một nơi khác" });
    const d = await store.dump();
    const split = d.nodes.find((n) => n.id === `${place}~2`)!;
    expect(split.props.name).toBe("Một nơi khác");
    expect(d.rels.filter((r) => r.to === `${place}~2` && r.type === "HELD_IN").flatMap((r) => r.props.evidenceArticle as string[])).toEqual([one]);
    await store.curate({ op: "undo", target: res.curation.id });
    expect(await store.dump()).toEqual(before);
    await store.close();
  });

  it("a curation naming an id the graph no longer has is reported, never fatal", async () => {
    const store = await open();
    await store.ingest(corpus);
    const [keep, other] = twoPeople(await store.dump());
    await store.curate({ op: "merge", keep, other });
    await store.close();
    // a fresh store that holds none of the articles with KEEP
    rmSync(join(dir, "graph.json"), { force: true });
    rmSync(join(dir, "graph.json.journal"), { force: true });
    const fresh = await open();
    const statuses = await fresh.curations();
    expect(statuses.map((s) => s.state)).toEqual(["stale"]);
    expect(statuses[0]!.problem).toContain(keep);
    await fresh.close();
  });

  it("refuses ids that do not exist and requests of the wrong shape, leaving the file unchanged", async () => {
    const store = await open();
    await store.ingest(corpus.slice(0, 3));
    await expect(store.curate({ op: "merge", keep: "person:nobody", other: "person:none" })).rejects.toThrow(/no entity with the id person:nobody/);
    await expect(store.curate({ op: "rename", node: "x" })).rejects.toThrow(/name/);
    await expect(store.curate({ op: "add", type: "SIGNED_WITH", from: "a", to: "b", note: " " })).rejects.toThrow(/needs a note/);
    await expect(store.curate({ op: "undo", target: "c-none" })).rejects.toThrow(/no curation with the id c-none/);
    expect(readCurations(join(dir, "curations.jsonl"))).toEqual([]);
    await store.close();
  });

  it("a store written before the extracted facts were kept is refused for a curation, and left as it was", async () => {
    const raw = MemoryStore.open({ file: join(dir, "old.json"), write: true });
    await raw.ingest(corpus.slice(0, 4));
    const before = await raw.dump();
    const store = new CuratedStore(raw, { file: join(dir, "curations.jsonl"), user: "analyst" });
    const [person] = twoPeople(before);
    await expect(store.curate({ op: "rename", node: person, name: "X" })).rejects.toThrow(/ingested by an earlier version .* nothing was changed/);
    expect(await store.dump()).toEqual(before);
    expect(readCurations(join(dir, "curations.jsonl"))).toEqual([]);
    await store.close();
  });

  /** A store with one curation made and closed: the file as it was then. */
  async function oneCuration() {
    const store = await open();
    await store.ingest(corpus.slice(0, 5));
    const [person, second] = twoPeople(await store.dump());
    const first = await store.curate({ op: "rename", node: person, name: "Tên Một" });
    await store.close();
    const file = join(dir, "curations.jsonl");
    return { second, first, file, whole: readFileSync(file, "utf8") };
  }

  it("a correction the disk cannot hold is refused whole: the file keeps exactly what it had", async () => {
    const { second, first, file, whole } = await oneCuration();
    const next = { ...first.curation, id: "c-second0001", node: second };
    // a disk that takes half of the record, as a full disk does
    const half: typeof writeSync = ((fd: number, buf: Uint8Array, off: number, len: number, pos: number) =>
      writeSync(fd, buf, off, Math.floor(len / 2), pos)) as typeof writeSync;
    expect(() => appendCuration(file, next, half)).toThrow(/only \d+ of \d+ bytes written .*the correction was not saved/);
    expect(readFileSync(file, "utf8")).toBe(whole);
    // a disk that takes nothing
    const none: typeof writeSync = (() => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }) as typeof writeSync;
    expect(() => appendCuration(file, next, none)).toThrow(/ENOSPC.*the correction was not saved/);
    expect(readFileSync(file, "utf8")).toBe(whole);
    // a FIFO or a device is never read or written
    expect(() => readCurations("/dev/zero")).toThrow(/not a regular file/);
    expect(() => appendCuration("/dev/full", next)).toThrow(/not a regular file/);
  });

  it("a torn last line (a write cut short) is no curation: the store opens, and the next correction cuts it off", async () => {
    const { second, first, file, whole } = await oneCuration();
    // what a crash in the middle of the next append leaves
    writeFileSync(file, whole + JSON.stringify(first.curation).slice(0, 40));
    expect(readCurations(file).map((c) => c.id)).toEqual([first.curation.id]);
    const again = await open();
    await again.ingest(corpus.slice(0, 5));
    const next = await again.curate({ op: "rename", node: second, name: "Tên Hai" });
    expect(readCurations(file).map((c) => c.id)).toEqual([first.curation.id, next.curation.id]);
    expect(readFileSync(file, "utf8")).toBe(whole + JSON.stringify(next.curation) + "\n");
    await again.close();
  });

  it("a self-merge or an organisation signing with itself is refused; hand-edited self-merges and cycles are listed stale, with no effect", async () => {
    const store = await open();
    await store.ingest(corpus.slice(0, 5));
    const before = await store.dump();
    const [keep, other] = twoPeople(before);
    const org = before.nodes.find((n) => n.label === "Organization")!.id;
    await expect(store.curate({ op: "merge", keep, other: keep })).rejects.toThrow(/the same entity; nothing to merge/);
    await expect(store.curate({ op: "add", type: "SIGNED_WITH", from: org, to: org, document: "mou", note: "x" })).rejects.toThrow(/to itself/);
    const merged = (await store.curate({ op: "merge", keep, other })).curation;
    await store.close();
    // what a hand edit can write: a self-merge, and the reverse merge (a cycle)
    const file = join(dir, "curations.jsonl");
    const self = { ...merged, id: "c-selfmerge01", other: keep };
    const cycle = { ...merged, id: "c-cyclemerge1", keep: other, other: keep };
    writeFileSync(file, readFileSync(file, "utf8") + JSON.stringify(self) + "\n" + JSON.stringify(cycle) + "\n");
    const again = await open();
    const curated = await again.rebuild();
    expect(curated.problems).toEqual([
      expect.stringMatching(/c-selfmerge01 \(merge\) merges .* with itself; it has no effect/),
      expect.stringMatching(/c-cyclemerge1 \(merge\) would merge .* \(a cycle\); it has no effect/),
    ]);
    expect((await again.curations()).map((x) => x.state)).toEqual(["active", "stale", "stale"]);
    expect((await again.dump()).nodes.some((n) => n.id === keep)).toBe(true);
    await again.close();
  });

  it("a malformed curations file is refused with its line number", async () => {
    const file = join(dir, "curations.jsonl");
    const good = { op: "rename", id: "c-abcd1", at: "2026-01-01T00:00:00Z", by: "a", note: null, node: "person:x", name: "X", previous: "Y" };
    writeFileSync(file, `${JSON.stringify(good)}\n\n{"op":"merge","id":"c-abcd2"\n`);
    expect(() => readCurations(file)).toThrow(/line 3: not JSON/);
    writeFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: "c-abcd2", op: "merge" })}\n`);
    expect(() => readCurations(file)).toThrow(/line 2: .*keep/);
    writeFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify(good)}\n`);
    expect(() => readCurations(file)).toThrow(/line 2: the id c-abcd1 is used by an earlier line/);
    expect(readFileSync(file, "utf8")).toContain("c-abcd1");
  });
});
