// Parity: every named query, with several parameter sets, gives the same rows on the embedded
// store and on the real Neo4j, after ingesting the sample corpus and a generated corpus.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { QUERY_CATALOGUE, getQuery, prepareParams } from "../../src/graph/queries/catalogue";
import type { GraphStore, Row } from "../../src/graph/store";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";

type Case = [string, Record<string, string>];

/** Parameter sets for every query, some from the data itself so that answers are not empty. */
async function cases(mem: GraphStore): Promise<Case[]> {
  const people = (await mem.run("delegations", prepareParams(getQuery("delegations"), {}))).map((r) => String(r.leaderId));
  const orgs = (await mem.run("search", prepareParams(getQuery("search"), { q: "ban tuyen", label: "Organization", limit: "50" }))).map((r) => String(r.id));
  const events = (await mem.run("timeline", prepareParams(getQuery("timeline"), {}))).map((r) => String(r.eventId));
  const out: Case[] = [
    ["partners", { province: "Sơn La" }],
    ["partners", { province: "son la", country: "LA" }],
    ["partners", { province: "Điện Biên", document: "mou" }],
    ["partners", { province: "Nghệ An", yearFrom: "2018", yearTo: "2022" }],
    ["partners", { province: "Hà Nội", country: "KH" }],
    ["partners", { organization: orgs[0] ?? "x" }],
    ["partners", { organization: "Ban Tuyên giáo Tỉnh ủy Lào Cai" }],
    ["delegations", {}],
    ["delegations", { province: "Điện Biên" }],
    ["delegations", { country: "LA", yearFrom: "2020" }],
    ["delegations", { person: people[3] ?? "x" }],
    ["timeline", {}],
    ["timeline", { province: "Yên Bái" }],
    ["timeline", { country: "KH", yearTo: "2019" }],
    ["timeline", { kind: "talks" }],
    ["timeline", { organization: orgs[1] ?? "x" }],
    ["search", { q: "son la" }],
    ["search", { q: "Luang Prabang" }],
    ["search", { q: "ban tuyen giao", limit: "50" }],
    ["search", { q: "nguyen van", label: "Person" }],
    ["search", { q: "ha" }],
    ["stats", {}],
    ["neighbourhood", { id: "province:vn-son-la", hops: "2" }],
    ["neighbourhood", { id: orgs[2] ?? "x", hops: "1" }],
    ["neighbourhood", { id: people[0] ?? "x", hops: "3", limit: "100" }],
    ["path", { from: "province:vn-son-la", to: "province:la-houaphanh" }],
    ["path", { from: people[0] ?? "x", to: "province:vn-dien-bien" }],
    ["path", { from: events[0] ?? "x", to: events[events.length - 1] ?? "y" }],
  ];
  for (const id of people.slice(0, 4)) out.push(["person", { person: id }]);
  out.push(["person", { person: "Đinh Thị Bích Thảo" }]);
  return out;
}

describeNeo4j("parity of the named queries between the embedded store and Neo4j", (config) => {
  let unlock: () => Promise<void>;
  let neo: Neo4jStore;
  const mem = MemoryStore.open({ file: null, write: false });
  let all: Case[] = [];

  beforeAll(async () => {
    unlock = await lockNeo4j();
    neo = await Neo4jStore.connect(config);
    await neo.clear();
    const batches = [sampleGraphs(), generatedGraphs(250, 2024), generatedGraphs(150, 7)];
    for (const b of batches) {
      await mem.ingest(b);
      await neo.ingest(b);
    }
    all = await cases(mem);
  }, 300_000);

  afterAll(async () => {
    await neo?.clear();
    await neo?.close();
    await unlock?.();
  });

  it("holds the same counts", async () => {
    expect(await neo.counts()).toEqual(await mem.counts());
  });

  it("covers every named query", () => {
    expect(new Set(all.map(([n]) => n))).toEqual(new Set(QUERY_CATALOGUE.keys()));
  });

  it("gives the same rows for every query and parameter set, most of them not empty", async () => {
    let nonEmpty = 0;
    for (const [name, raw] of all) {
      const q = getQuery(name);
      const params = prepareParams(q, raw);
      const [a, b] = await Promise.all([mem.run(name, params), neo.run(name, params)]);
      const parse = (rows: Row[]) => rows.map((r) => q.row.parse(r));
      expect({ name, raw, rows: parse(b) }).toEqual({ name, raw, rows: parse(a) });
      if (a.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(all.length - 4);
  });
});
