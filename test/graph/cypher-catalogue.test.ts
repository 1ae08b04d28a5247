// Offline checks of cypher/: each query file's header names its mode, parameters and columns,
// and they agree with the catalogue's prepared parameters and row schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { NODE_LABELS, REL_TYPES } from "../../src/graph/graph-model";
import { CYPHER_DIR, cypherFile } from "../../src/graph/neo4j/cypher-files";
import { QUERY_CATALOGUE, REPORT_CATALOGUE } from "../../src/graph/queries/catalogue";

const sampleParams: Record<string, Record<string, string>> = {
  partners: { province: "Sơn La" },
  cooperation: { province: "Sơn La" },
  delegations: {},
  person: { person: "x" },
  holders: { title: "Trưởng ban" },
  timeline: {},
  neighbourhood: { id: "x" },
  path: { from: "a", to: "b" },
  search: { q: "son la" },
  stats: {},
  entity: { id: "x" },
  relations: { id: "x" },
  article: { id: "x" },
  "graph-nodes": {},
  "graph-edges": { ids: "a,b" },
  "graph-homes": { ids: "a,b" },
  matrix: {},
  agreements: {},
  "delegations-register": {},
  people: {},
  activity: {},
};

describe("cypher/queries and cypher/reports", () => {
  it("has one file per catalogue entry and no orphan", () => {
    const files = (dir: string) =>
      readdirSync(join(CYPHER_DIR, dir))
        .map((f) => f.replace(/\.cypher$/, ""))
        .sort();
    expect(files("queries")).toEqual([...QUERY_CATALOGUE.keys()].sort());
    expect(files("reports")).toEqual([...REPORT_CATALOGUE.keys()].sort());
  });

  describe.each([...QUERY_CATALOGUE.values(), ...REPORT_CATALOGUE.values()])("$name", (q) => {
    const text = cypherFile(q.file);
    const header = text
      .split("\n")
      .filter((l) => l.startsWith("//"))
      .join("\n");
    const body = text
      .split("\n")
      .filter((l) => !l.trim().startsWith("//"))
      .join("\n");

    it("says it is a READ query", () => expect(header).toMatch(/mode: READ/));

    it("uses exactly the parameters that prepare() gives, and names each in its header", () => {
      const used = [...new Set([...body.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();
      const prepared = Object.keys(q.prepare(q.params.parse(sampleParams[q.name]))).sort();
      expect(used).toEqual(prepared);
      for (const p of used) expect(header).toContain(`$${p}`);
    });

    it("returns the columns of the row schema, listed in its header", () => {
      const ret = body.slice(body.lastIndexOf("RETURN"));
      const cols = [...ret.matchAll(/(?:AS (\w+)|RETURN (\w+)\s*,|,\s*(\w+)\s*(?=,|\n|$))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter(Boolean);
      const shape = Object.keys((q.row as z.ZodObject).shape).sort();
      expect([...new Set(cols)].sort()).toEqual(shape);
      for (const c of shape) expect(header).toContain(c);
    });
  });
});

test("stats.cypher counts every node label and relationship type of the model", () => {
  const text = readFileSync(join(CYPHER_DIR, "queries", "stats.cypher"), "utf8");
  for (const label of NODE_LABELS) expect(text).toContain(`MATCH (n:${label}) RETURN 'node' AS kind, '${label}' AS type`);
  for (const type of REL_TYPES) expect(text).toContain(`MATCH ()-[r:${type}]->() RETURN 'relationship' AS kind, '${type}' AS type`);
});
