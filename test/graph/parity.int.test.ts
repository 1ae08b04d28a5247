// Parity: every named query, with several parameter sets, gives the same rows on the embedded
// store and on the real Neo4j, after ingesting the sample corpus and a generated corpus.
import { QUERY_CATALOGUE, REPORT_CATALOGUE } from "../../src/graph/queries/catalogue";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { describeNeo4j } from "../helpers/neo4j";
import { expectSameAnswers, storePair } from "../helpers/store-pair";

describeNeo4j("parity of the named queries between the embedded store and Neo4j", (config) => {
  const pair = storePair(config, async (mem, neo) => {
    const batches = [sampleGraphs(), generatedGraphs(250, 2024), generatedGraphs(150, 7)];
    for (const b of batches) {
      await mem.ingest(b);
      await neo.ingest(b);
    }
  });

  it("holds the same counts", async () => {
    expect(await pair.neo().counts()).toEqual(await pair.mem.counts());
  });

  it("covers every named query and report", () => {
    expect(new Set(pair.cases().map(([n]) => n))).toEqual(new Set([...QUERY_CATALOGUE.keys(), ...REPORT_CATALOGUE.keys()]));
  });

  it("gives the same rows for every query and parameter set, most of them not empty", async () => {
    const nonEmpty = await expectSameAnswers(pair.mem, pair.neo(), pair.cases());
    expect(nonEmpty).toBeGreaterThanOrEqual(pair.cases().length - 4);
  });
});
