// Exports: GEXF and GraphML read back with graphology's parsers into a graph with the same nodes,
// edges and attributes; JSON imports into graphology; the Cypher script is well formed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { cypherLiteral, scriptStatements, toCypherScript } from "../../src/graph/export/cypher-script";
import { toGexf, toGraphml, toGraphology, toJson } from "../../src/graph/export/graph-formats";
import { exportGraph } from "../../src/graph/export/export-graph";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import type { GraphDump } from "../../src/graph/store";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

let dump: GraphDump;
beforeAll(async () => {
  const store = MemoryStore.open({ file: null, write: false });
  await store.ingest([...sampleGraphs(), ...generatedGraphs(40, 3)]);
  dump = await store.dump();
});

/** graphology-gexf leaves out attributes whose value is the empty string: read them back as "". */
function emptyAsMissing(g: Graph): Graph {
  g.forEachEdge((e, a) => Object.entries(a).forEach(([k, v]) => v === "" && g.removeEdgeAttribute(e, k)));
  g.forEachNode((n, a) => Object.entries(a).forEach(([k, v]) => v === "" && g.removeNodeAttribute(n, k)));
  return g;
}

function sameGraph(parsed: Graph, expected: Graph): void {
  expect(parsed.order).toBe(expected.order);
  expect(parsed.size).toBe(expected.size);
  expected.forEachNode((n, a) => {
    const got = parsed.getNodeAttributes(n);
    for (const [k, v] of Object.entries(a)) expect({ node: n, k, v: got[k] }).toEqual({ node: n, k, v });
  });
  const edgeKey = (g: Graph, e: string) =>
    `${g.source(e)}|${g.target(e)}|${String(g.getEdgeAttribute(e, "relType"))}|${String(g.getEdgeAttribute(e, "relKey") ?? "")}`;
  const got = new Map(parsed.mapEdges((e) => [edgeKey(parsed, e), parsed.getEdgeAttributes(e)] as const));
  expected.forEachEdge((e, a) => {
    const attrs = got.get(edgeKey(expected, e));
    expect(attrs).toBeDefined();
    for (const [k, v] of Object.entries(a)) expect({ k, v: attrs?.[k] }).toEqual({ k, v });
  });
}

describe("graph exports", () => {
  it("GEXF reads back into the same nodes, edges and attributes", () => {
    const parsed = parseGexf(Graph, toGexf(dump), { addMissingNodes: false });
    const expected = toGraphology(dump, true);
    // GEXF keeps the node label apart from the attributes
    expected.forEachNode((n, a) => expected.setNodeAttribute(n, "label", a.label));
    sameGraph(parsed, emptyAsMissing(expected));
  });

  it("GraphML reads back into the same nodes, edges and attributes", () => {
    const parsed = parseGraphml(Graph, toGraphml(dump));
    sameGraph(parsed, toGraphology(dump, true));
  });

  it("JSON imports into graphology with lists intact", () => {
    const g = new Graph({ multi: true, type: "directed" });
    g.import(JSON.parse(toJson(dump)));
    expect(g.order).toBe(dump.nodes.length);
    expect(g.getNodeAttribute("province:vn-son-la", "aliases")).toEqual(expect.arrayContaining(["Sơn La", "Son La"]));
  });

  it("writes a Cypher script of one statement per line, with safe literals", () => {
    expect(cypherLiteral("it's a \\ test\nline")).toBe("'it\\'s a \\\\ test\\nline'");
    const script = toCypherScript(dump);
    const statements = scriptStatements(script);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT/);
    expect(statements.some((s) => s.includes("MERGE (a)-[r:SIGNED_WITH {key: row.key}]->(b)"))).toBe(true);
    for (const s of statements) expect(s).not.toMatch(/\n/);
  });
});

describe("exports open in networkx, the most used graph library after Gephi", () => {
  const python = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  const haveNetworkx = python.status === 0;
  if (!haveNetworkx && process.env.CI === "true") throw new Error("CI=true but python3 cannot import networkx: .ci/run installs it from PyPI");
  if (!haveNetworkx) console.warn("\n⚠️  SKIPPED: python3 with networkx is not installed (pip install networkx); the networkx read tests do not run.\n");
  (haveNetworkx ? it : it.skip).each([
    ["gexf", "read_gexf", toGexf],
    ["graphml", "read_graphml", toGraphml],
  ] as const)("networkx.%s reads the %s export with every node and edge", (ext, reader, write) => {
    const file = join(mkdtempSync(join(tmpdir(), "kg-nx-")), `graph.${ext}`);
    writeFileSync(file, write(dump));
    const out = spawnSync(
      "python3",
      ["-c", `import networkx as nx, sys; g = nx.${reader}(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())`, file],
      {
        encoding: "utf8",
      },
    );
    expect(out.stderr).toBe("");
    expect(out.stdout.trim()).toBe(`${dump.nodes.length} ${dump.rels.length}`);
  });
});

describe("exports carry the map's coordinates", () => {
  it("every Province node of an export has lat and lon", async () => {
    const store = MemoryStore.open({ file: null, write: false });
    await store.ingest(sampleGraphs());
    const g = new Graph({ multi: true, type: "directed" });
    g.import(JSON.parse(await exportGraph(store, "json")));
    const provinces = g.filterNodes((_n, a) => a.label === "Province");
    expect(provinces.length).toBeGreaterThan(5);
    for (const p of provinces) expect([p, typeof g.getNodeAttribute(p, "lat"), typeof g.getNodeAttribute(p, "lon")]).toEqual([p, "number", "number"]);
    expect(await exportGraph(store, "graphml")).toMatch(/attr\.name="lat" attr\.type="double"/);
  });
});
