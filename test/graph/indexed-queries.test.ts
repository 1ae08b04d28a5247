// The embedded store's indexes (labels, relationship counts, search buckets, organisation →
// province) are shortcuts: every query must answer exactly as a full scan of the graph does, also
// after the store is written again and after it is reloaded from its file.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphView } from "../../src/graph/memory/graph-view";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { getDefinition, prepareParams } from "../../src/graph/queries/catalogue";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { cases } from "../helpers/parity-cases";

const SEARCHES = [
  "son la",
  "Sơn La",
  "luang",
  "Luông Pha Bang",
  "LuôngPhraBăng",
  "ha",
  "h",
  "nguyen van",
  "ban tuyen giao",
  "tinh uy",
  "x",
  "attapu",
  "2019",
  "zzz",
  "hủa phăn",
  "dien bien phu",
  "Luong Phra",
  "Xiêng Khoảng",
  "xieng kh",
  "ha noi",
  "luang prab ang",
  "đ iện biên",
];

async function sameAsScan(store: MemoryStore): Promise<number> {
  const provinces = store
    .view()
    .nodesByLabel("Province")
    .map((p) => p.name);
  const orgs = store.view().nodesByLabel("Organization").slice(0, 25);
  const all = [
    ...(await cases(store)),
    ...orgs.flatMap(
      (o) =>
        [
          ["timeline", { organization: o.id }],
          ["timeline", { organization: o.name, yearTo: "2020" }],
          ["timeline", { country: String(o.country ?? "VN") }],
          ["activity", { country: String(o.country ?? "VN") }],
          ["graph-nodes", { ids: [o.id, "province:vn-son-la", "nope"].join(","), limit: "2" }],
        ] as const,
    ),
    ...provinces.flatMap(
      (province) =>
        [
          ["timeline", { province }],
          ["delegations", { province }],
          ["delegations-register", { province }],
          ["delegations", { province, yearFrom: "2019" }],
          ["activity", { province }],
          ["agreements", { province }],
        ] as const,
    ),
    ...SEARCHES.flatMap(
      (q) =>
        [
          ["search", { q }],
          ["search", { q, label: "Province", limit: "200" }],
        ] as const,
    ),
  ];
  let nonEmpty = 0;
  for (const [name, raw] of all) {
    const def = getDefinition(name);
    const params = prepareParams(def, raw);
    const indexed = def.embedded(store.view(), params);
    expect({ name, raw, rows: indexed }).toEqual({ name, raw, rows: def.embedded(new GraphView(store.graph), params) });
    if (indexed.length) nonEmpty++;
  }
  return nonEmpty;
}

test("indexed answers equal full scans: after ingest, after more writes, after a reload", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "kg-idx-")), "graph.json");
  const store = MemoryStore.open({ file, write: true, cacheAnswers: false });
  await store.ingest([...sampleGraphs(), ...generatedGraphs(150, 21)]);
  expect(await sameAsScan(store)).toBeGreaterThan(60);
  await store.ingest(generatedGraphs(80, 22));
  await sameAsScan(store);
  await store.close();
  const reopened = MemoryStore.open({ file, write: false, cacheAnswers: false });
  await sameAsScan(reopened);
  await reopened.close();
});
