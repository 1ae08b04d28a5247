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
  const articles = (await mem.run("timeline", prepareParams(getQuery("timeline"), {}))).map((r) => String(r.article));
  for (const id of [orgs[0], people[1], events[2], "province:vn-son-la", "country:LA"]) {
    out.push(["entity", { id: id ?? "x" }], ["relations", { id: id ?? "x" }]);
  }
  out.push(["article", { id: articles[0] ?? "x" }], ["article", { id: articles[articles.length - 1] ?? "x" }]);
  const view = await mem.run("graph-nodes", prepareParams(getQuery("graph-nodes"), { limit: "300" }));
  out.push(["graph-nodes", {}], ["graph-nodes", { limit: "300" }], ["graph-nodes", { labels: "Province,Organization", country: "LA" }], ["graph-nodes", { yearFrom: "2019", yearTo: "2021", limit: "150" }]);
  out.push(["graph-edges", { ids: view.map((r) => String(r.id)).join(",") }], ["graph-edges", { ids: view.slice(0, 80).map((r) => String(r.id)).join(","), types: "SIGNED_WITH,HOSTED,BASED_IN" }], ["graph-edges", { ids: view.map((r) => String(r.id)).join(","), yearFrom: "2019", yearTo: "2022" }]);
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
