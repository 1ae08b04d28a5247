// Curations on the real Neo4j give the same graph and the same answers as on the embedded store:
// made on one, the same curations file rebuilds the other and applies to a fresh ingest there;
// undo restores Neo4j's graph exactly.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import type { GraphDump } from "../../src/graph/store";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { getDefinition, prepareParams } from "../../src/graph/queries/catalogue";
import { cases } from "../helpers/parity-cases";
import { expectSameAnswers } from "../helpers/store-pair";

describeNeo4j("curations on Neo4j and on the embedded store", (config) => {
  const corpus = [...sampleGraphs(), ...generatedGraphs(60, 11)];
  let unlock: (() => Promise<void>) | undefined;
  let neo: CuratedStore;
  let mem: CuratedStore;
  let dir: string;
  let before: GraphDump;

  beforeAll(async () => {
    unlock = await lockNeo4j();
    dir = mkdtempSync(join(tmpdir(), "kg-cur-neo-"));
    const raw = await Neo4jStore.connect(config);
    await raw.clear();
    const file = join(dir, "curations.jsonl");
    mem = new CuratedStore(MemoryStore.open({ file: null, write: true }), { file, user: "analyst" });
    await mem.ingest(corpus);
    before = await mem.dump();
    // curations made on the embedded store
    const people = before.nodes.filter((n) => n.label === "Person").map((n) => n.id);
    const rel = before.rels.find((r) => r.type === "HOLDS_ROLE")!;
    const org = before.nodes.find((n) => n.label === "Organization")!.id;
    const province = before.nodes.find((n) => n.label === "Province" && n.props.country === "KH")!.id;
    await mem.curate({ op: "merge", keep: people[0]!, other: people[1]!, note: "same person" });
    await mem.curate({ op: "rename", node: people[2]!, name: "Tên Sửa Lại" });
    await mem.curate({ op: "reject", rel: `${rel.type}|${rel.from}|${rel.to}|${String(rel.props.key ?? "")}` });
    await mem.curate({ op: "add", type: "SIGNED_WITH", from: org, to: province, document: "mou", date: "2024-03-01", note: "theo công văn" });
    // the same file, read by a Neo4j store that ingests the articles afresh
    neo = new CuratedStore(raw, { file, user: "analyst" });
    await neo.ingest(corpus.slice(0, 30));
    await neo.ingest(corpus.slice(30));
  }, 300_000);

  afterAll(async () => {
    await neo?.clear();
    await neo?.close();
    await mem?.close();
    rmSync(dir, { recursive: true, force: true });
    await unlock?.();
  });

  it("a fresh ingest with the curations file gives the curated graph, as on the embedded store", async () => {
    expect(await neo.dump()).toEqual(await mem.dump());
    expect((await neo.curations()).map((s) => s.state)).toEqual(["active", "active", "active", "active"]);
    // loaded into the database beside the graph, for Cypher users; no part of the graph's counts
    const raw = neo.inner as Neo4jStore;
    const saved = await raw.driver.executeQuery("MATCH (c:Curation) RETURN c.op AS op, c.by AS by ORDER BY c.at, c.id");
    expect(saved.records.map((r) => r.get("op"))).toEqual(["merge", "rename", "reject", "add"]);
    expect(await neo.counts()).toEqual(await mem.counts());
  });

  it("every named query and report answers the same on the curated graphs", async () => {
    const inner = mem.inner as MemoryStore;
    const nonEmpty = await expectSameAnswers(inner, neo.inner as Neo4jStore, await cases(inner));
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it("a rebuild cut short after clearing (an outage) loses no article: running it again gives the graph back", async () => {
    const raw = neo.inner as Neo4jStore;
    const whole = await neo.dump();
    // what an outage right after the rebuild's first step leaves
    await raw.driver.executeQuery("MATCH (n:Node) WHERE NOT n:Article OR n.source = 'curation' DETACH DELETE n");
    expect((await neo.counts()).articles).toBe(corpus.length);
    await neo.rebuild();
    expect(await neo.dump()).toEqual(whole);
  }, 120_000);

  it("a signing rejected on Neo4j by the relId its relations query gives goes, and comes back on undo, as on the embedded store", async () => {
    const sign = (await neo.dump()).rels.find((r) => r.type === "SIGNED_WITH" && !r.props.curation)!;
    const rows = await neo.run("relations", prepareParams(getDefinition("relations"), { id: sign.from }));
    const id = String(rows.find((r) => r.type === "SIGNED_WITH" && r.otherId === sign.to)!.relId);
    expect(id.split("|")).toHaveLength(5);
    const whole = await neo.dump();
    const res = await neo.curate({ op: "reject", rel: id, note: "nothing was signed at this event" });
    expect(res.problems).toEqual([]);
    const after = await neo.dump();
    expect(after.rels.length).toBe(whole.rels.length - 1);
    await mem.rebuild(); // the embedded store reads the same curations file
    expect(await mem.dump()).toEqual(after);
    await neo.curate({ op: "undo", target: res.curation.id });
    expect(await neo.dump()).toEqual(whole);
  }, 120_000);

  it("on Neo4j, reject and undo work for a relationship of every type, by the relId its relations query gives", async () => {
    const whole = await neo.dump();
    const types = [...new Set(whole.rels.filter((r) => !r.props.curation).map((r) => r.type))].sort();
    expect(types.length).toBeGreaterThanOrEqual(8);
    for (const type of types) {
      const rel = whole.rels.find((r) => r.type === type && !r.props.curation)!;
      const rows = await neo.run("relations", prepareParams(getDefinition("relations"), { id: rel.from }));
      const row = rows.find((r) => r.type === type && r.direction === "out" && r.otherId === rel.to)!;
      const res = await neo.curate({ op: "reject", rel: String(row.relId), note: `not stated (${type})` });
      expect((await neo.dump()).rels.length).toBe(whole.rels.length - 1);
      await neo.curate({ op: "undo", target: res.curation.id });
    }
    expect(await neo.dump()).toEqual(whole);
  }, 300_000);

  it("undo on Neo4j restores the graph exactly, and matches the embedded store's undo", async () => {
    const list = await neo.curations();
    for (const s of [...list].reverse()) if (s.state === "active" && s.curation.op !== "undo") await neo.curate({ op: "undo", target: s.curation.id });
    expect(await neo.dump()).toEqual(before);
    await mem.rebuild();
    expect(await mem.dump()).toEqual(before);
  }, 120_000);
});

describeNeo4j("two processes correcting one Neo4j at once", (config) => {
  let unlock: (() => Promise<void>) | undefined;
  let dir: string;
  const stores: CuratedStore[] = [];
  beforeAll(async () => {
    unlock = await lockNeo4j();
    dir = mkdtempSync(join(tmpdir(), "kg-cur-two-"));
  });
  afterAll(async () => {
    await stores[0]?.clear();
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
    await unlock?.();
  });

  it("both corrections are in the graph: the writer lease lets one rebuild at a time, and each reads the other's", async () => {
    const file = join(dir, "curations.jsonl");
    // two stores with their own drivers and one curations file: what two `kg curate` processes are
    for (let i = 0; i < 2; i++) stores.push(new CuratedStore(await Neo4jStore.connect(config), { file, user: `analyst${i}` }));
    await stores[0]!.clear();
    await stores[0]!.ingest(sampleGraphs());
    const people = (await stores[0]!.dump()).nodes.filter((n) => n.label === "Person").map((n) => n.id);
    const [a, b] = await Promise.all([
      stores[0]!.curate({ op: "rename", node: people[0]!, name: "Tên Thứ Nhất" }),
      stores[1]!.curate({ op: "rename", node: people[1]!, name: "Tên Thứ Hai" }),
    ]);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    const names = new Map((await stores[1]!.dump()).nodes.map((n) => [n.id, n.props.name]));
    expect([names.get(people[0]!), names.get(people[1]!)]).toEqual(["Tên Thứ Nhất", "Tên Thứ Hai"]);
    // the lease is given back, and is no node of the graph
    const raw = stores[0]!.inner as Neo4jStore;
    const lease = await raw.driver.executeQuery("MATCH (l:KgWriterLease) RETURN l.holder AS holder, l:Node AS node");
    expect(lease.records.map((r) => [r.get("holder"), r.get("node")])).toEqual([[null, false]]);
  }, 120_000);
});
