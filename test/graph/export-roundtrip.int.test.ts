// Round trip in CI: export the embedded store as Cypher, load the script into the real Neo4j, and
// every named query and report answers the same as on the embedded store.
import { exportGraph } from "../../src/graph/export/export-graph";
import { scriptStatements } from "../../src/graph/export/cypher-script";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { describeNeo4j } from "../helpers/neo4j";
import { expectSameAnswers, storePair } from "../helpers/store-pair";

describeNeo4j("Cypher export round trip into Neo4j", (config) => {
  const pair = storePair(config, async (mem, neo) => {
    await mem.ingest(sampleGraphs());
    await mem.ingest(generatedGraphs(200, 99));
    const script = await exportGraph(mem, "cypher");
    for (const st of scriptStatements(script)) await neo.driver.executeQuery(st);
  });

  it("loads the same counts", async () => {
    expect(await pair.neo().counts()).toEqual(await pair.mem.counts());
  });

  it("answers every named query and report as the embedded store does", async () => {
    await expectSameAnswers(pair.mem, pair.neo(), pair.cases());
  });

  it("exports from Neo4j what it loaded", async () => {
    const [x, y] = await Promise.all([pair.mem.dump(), pair.neo().dump()]);
    expect(y.nodes.map((n) => n.id)).toEqual(x.nodes.map((n) => n.id));
    expect(y.rels.length).toBe(x.rels.length);
  });
});
