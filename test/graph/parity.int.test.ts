// Parity: every named query, with several parameter sets, gives the same rows on the embedded
// store and on the real Neo4j, after ingesting the sample corpus and a generated corpus.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { QUERY_CATALOGUE, REPORT_CATALOGUE, prepareParams } from "../../src/graph/queries/catalogue";
import type { Row } from "../../src/graph/store";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { cases, definitionOf, type Case } from "../helpers/parity-cases";

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

  it("covers every named query and report", () => {
    expect(new Set(all.map(([n]) => n))).toEqual(new Set([...QUERY_CATALOGUE.keys(), ...REPORT_CATALOGUE.keys()]));
  });

  it("gives the same rows for every query and parameter set, most of them not empty", async () => {
    let nonEmpty = 0;
    for (const [name, raw] of all) {
      const q = definitionOf(name);
      const params = prepareParams(q, raw);
      const [a, b] = await Promise.all([mem.run(name, params), neo.run(name, params)]);
      const parse = (rows: Row[]) => rows.map((r) => q.row.parse(r));
      expect({ name, raw, rows: parse(b) }).toEqual({ name, raw, rows: parse(a) });
      if (a.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(all.length - 4);
  });
});
