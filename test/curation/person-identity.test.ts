// One person, one node across articles (embedded store; the Neo4j twin is in
// person-identity.int.test.ts): spellings of a foreign name join with agreeing evidence and never
// on the name alone; one name of two countries is two people; a rebuild gives the same graph.
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { roleContradictions } from "../../src/graph/identity/role-contradictions";
import { suggestPairs } from "../../src/graph/identity/suggest-pairs";
import { sampleGraphs } from "../helpers/corpus";
import { variantKey } from "../../src/graph/identity/variant-key";
import { identityArticles, peopleOf } from "../helpers/identity-articles";
import { getDefinition, prepareParams } from "../../src/graph/queries/catalogue";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "kg-id-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const open = () => new CuratedStore(MemoryStore.open({ file: null, write: true }), { file: join(dir, "c.jsonl"), user: "t" });

describe("the variant key of a name", () => {
  it("meets across tone marks, hyphens, spacing, x/s and final consonants, and nowhere else", () => {
    expect(variantKey("Văn-xay Phong-sạ-vẳn")).toBe(variantKey("Văn xay Phong xa vẳn"));
    expect(variantKey("Văn – xay Phong – sa – vẳn")).toBe(variantKey("Văn xay Phong xa vẳn"));
    expect(variantKey("Khăm Phăn Phôm Ma Thắt")).toBe(variantKey("Khăm Phăn Phôm Ma Thắc"));
    expect(variantKey("Nguyễn Đình Hải")).not.toBe(variantKey("Nguyễn Doãn Anh"));
    expect(variantKey("Men Sam On")).not.toBe(variantKey("Bun Sam On"));
    expect(variantKey("Khăm Phăn Sỉ-thi-đăm-pa")).not.toBe(variantKey("Khăm Phon Sỉ-thi-đăm-pa"));
  });

  it("meets between a Vietnamese transcription and a Latin romanisation of a Lao or Khmer name", () => {
    expect(variantKey("Anouphab Tounalom")).toBe(variantKey("A-nu-phạp Tu-na-lôm"));
    expect(variantKey("Tak Sun Y")).toBe(variantKey("Tắc Xuân Y"));
    expect(variantKey("Phommaphan Thalangsi")).toBe(variantKey("Phôm Ma Phăn Thạ Lăng Si"));
    expect(variantKey("Khamphanh Phommathat")).toBe(variantKey("Khăm-phăn Phôm-ma-thạt"));
  });
});

describe("people across articles on the embedded store", () => {
  it("joins two spellings with the same country and role; keeps both spellings; a bare mention stays apart", async () => {
    const store = open();
    await store.ingest(identityArticles());
    const people = await peopleOf(store);
    const lao = people.filter((p) => p.variantKey === variantKey("Văn xay Phong xa vẳn"));
    // the first two articles agree (Lao, Tỉnh trưởng Khăm Muộn): one person with both spellings; the
    // third spells him a third way with no evidence (apart), then a known way (the same person)
    expect(lao.map((p) => p.id).sort()).toEqual(["person:vanxayphongsavan", "person:vanxayphongxavang"]);
    const joined = lao.find((p) => p.id === "person:vanxayphongsavan")!;
    expect(joined.aliases).toEqual(["Văn-xay Phong-sạ-vẳn", "Văn xay Phong xa vẳn"]);
    expect(joined.country).toBe("LA");
    const found = await store.run("search", prepareParams(getDefinition("search"), { q: "Văn xay Phong xa vẳn" }));
    expect(found.map((r) => r.id)).toContain("person:vanxayphongsavan");
    await store.close();
  });

  it("kg curate suggest lists the spellings kept apart, with why, and never the two countries' namesakes", async () => {
    const store = open();
    await store.ingest(identityArticles());
    const pairs = suggestPairs(await store.dump());
    // the third spelling, met with no evidence, is offered to the analyst beside the joined person
    expect(pairs.map((p) => [p.keep, p.other, p.why])).toContainEqual(["person:vanxayphongsavan", "person:vanxayphongxavang", "one of them has no known country"]);
    expect(pairs.some((p) => p.keep.startsWith("person:bunmiphonxay") && p.other.startsWith("person:bunmiphonxay"))).toBe(false);
    // accepted, the pair is merged and no longer suggested
    await store.curate({ op: "merge", keep: "person:vanxayphongsavan", other: "person:vanxayphongxavang", note: "the same governor" });
    expect(suggestPairs(await store.dump()).some((p) => p.other === "person:vanxayphongxavang")).toBe(false);
    await store.close();
  });

  it("one name in two countries is two people; the second gets the country in its id", async () => {
    const store = open();
    await store.ingest(identityArticles());
    const people = await peopleOf(store);
    const same = people.filter((p) => p.id.startsWith("person:bunmiphonxay"));
    expect(same.map((p) => [p.id, p.country])).toEqual([
      ["person:bunmiphonxay", "LA"],
      ["person:bunmiphonxay~kh", "KH"],
    ]);
    await store.close();
  });

  it("ingested one article at a time or all at once, and rebuilt, the graph is the same", async () => {
    const one = open();
    for (const a of identityArticles()) await one.ingest([a]);
    const all = open();
    await all.ingest(identityArticles());
    expect(await one.dump()).toEqual(await all.dump());
    await all.rebuild();
    expect(await all.dump()).toEqual(await one.dump());
  });
});

describe("roles that contradict their holder's country", () => {
  it("are none on the sample corpus, and a role misread onto a person of another country is listed", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    await store.ingest(sampleGraphs());
    const dump = await store.dump();
    expect(roleContradictions(dump)).toEqual([]);
    // a Lao title read onto a Vietnamese official: the holder's country and the role's disagree
    const laoRole = dump.rels.find((r) => r.type === "ROLE_AT" && dump.nodes.find((n) => n.id === r.to)?.props.country === "LA")!;
    const vietnamese = dump.nodes.find((n) => n.label === "Person" && n.props.country === "VN")!;
    const misread = { ...dump, rels: [...dump.rels, { type: "HOLDS_ROLE", from: vietnamese.id, to: laoRole.from, props: {} }] };
    expect(roleContradictions(misread)).toEqual([expect.objectContaining({ person: vietnamese.id, country: "VN", role: laoRole.from, orgCountry: "LA" })]);
  });
});
