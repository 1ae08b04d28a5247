// Round trip in CI: export the embedded store as Cypher, load the script into the real Neo4j, and
// every named query and report answers the same as on the embedded store.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { exportGraph } from "../../src/graph/export/export-graph";
import { scriptStatements } from "../../src/graph/export/cypher-script";
import { prepareParams } from "../../src/graph/queries/catalogue";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { cases, definitionOf, type Case } from "../helpers/parity-cases";

describeNeo4j("Cypher export round trip into Neo4j", (config) => {
  let unlock: () => Promise<void>;
  let neo: Neo4jStore;
  const mem = MemoryStore.open({ file: null, write: false });
  let all: Case[] = [];

  beforeAll(async () => {
    unlock = await lockNeo4j();
    neo = await Neo4jStore.connect(config);
    await neo.clear();
    await mem.ingest(sampleGraphs());
    await mem.ingest(generatedGraphs(200, 99));
    const script = await exportGraph(mem, "cypher");
    for (const st of scriptStatements(script)) await neo.driver.executeQuery(st);
    all = await cases(mem);
  }, 300_000);

  afterAll(async () => {
    await neo?.clear();
    await neo?.close();
    await unlock?.();
  });

  it("loads the same counts", async () => {
    expect(await neo.counts()).toEqual(await mem.counts());
  });

  it("answers every named query and report as the embedded store does", async () => {
    for (const [name, raw] of all) {
      const def = definitionOf(name);
      const params = prepareParams(def, raw);
      const [a, b] = await Promise.all([mem.run(name, params), neo.run(name, params)]);
      expect({ name, raw, rows: b.map((r) => def.row.parse(r)) }).toEqual({ name, raw, rows: a.map((r) => def.row.parse(r)) });
    }
  });

  it("exports from Neo4j what it loaded", async () => {
    const [x, y] = await Promise.all([mem.dump(), neo.dump()]);
    expect(y.nodes.map((n) => n.id)).toEqual(x.nodes.map((n) => n.id));
    expect(y.rels.length).toBe(x.rels.length);
  });
});
