// The graph as a Cypher script: the schema, then batched UNWIND ... MERGE statements with literal
// values, which loads into an empty Neo4j 5 (cypher-shell -f, or statement by statement with the
// driver) and gives back the same graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NODE_LABELS, REL_TYPES } from "../graph-model";
import type { GraphDump } from "../store";
import { PROJECT_ROOT } from "../../project-root";

const BATCH = 200;

/** A Cypher literal: strings single-quoted with escapes, so no raw newline ever appears inside. */
export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}'`;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(", ")}]`;
  if (typeof v === "object")
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : "`" + k.replace(/`/g, "``") + "`"}: ${cypherLiteral(x)}`)
      .join(", ")}}`;
  throw new Error(`export Cypher: cannot write a ${typeof v} value`);
}

function schemaStatements(): string[] {
  const text = readFileSync(join(PROJECT_ROOT, "cypher", "schema.cypher"), "utf8");
  return text
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim().replace(/\s*\n\s*/g, " "))
    .filter(Boolean);
}

/** The script as a stream of lines. */
export function* cypherScriptChunks(dump: GraphDump, generatedAt = new Date().toISOString()): Generator<string> {
  yield `// Propaganda-cooperation knowledge graph, exported ${generatedAt}: ${dump.nodes.length} nodes, ${dump.rels.length} relationships.\n`;
  yield "// Load into an empty Neo4j 5: cypher-shell -f this-file.cypher (one statement per line, each ending with ';').\n";
  for (const s of schemaStatements()) yield `${s};\n`;
  for (const label of NODE_LABELS) {
    const rows = dump.nodes.filter((n) => n.label === label);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((n) => ({ id: n.id, props: n.props }));
      yield `UNWIND ${cypherLiteral(batch)} AS row MERGE (n:Node {id: row.id}) SET n:${label} SET n += row.props;\n`;
    }
  }
  for (const type of REL_TYPES) {
    const rows = dump.rels.filter((r) => r.type === type);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((r) => ({ from: r.from, to: r.to, key: String(r.props.key ?? ""), props: r.props }));
      yield `UNWIND ${cypherLiteral(batch)} AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) MERGE (a)-[r:${type} {key: row.key}]->(b) SET r += row.props;\n`;
    }
  }
}

export function toCypherScript(dump: GraphDump, generatedAt = new Date().toISOString()): string {
  return [...cypherScriptChunks(dump, generatedAt)].join("");
}

/** The statements of a script written by toCypherScript. */
export function scriptStatements(script: string): string[] {
  return script
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("//"))
    .map((l) => l.replace(/;\s*$/, ""));
}
