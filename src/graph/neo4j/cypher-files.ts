// Reads the Cypher files of cypher/: statements come only from these files and closed enums.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from "../graph-model";
import { PROJECT_ROOT } from "../../project-root";

export const CYPHER_DIR = join(PROJECT_ROOT, "cypher");
const cache = new Map<string, string>();

export function cypherFile(relative: string): string {
  let text = cache.get(relative);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, relative), "utf8");
    cache.set(relative, text);
  }
  return text;
}

/** The statements of a file, without comment lines, split on semicolons at line ends. */
export function statements(relative: string): string[] {
  return cypherFile(relative)
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function nodeMergeStatement(label: NodeLabel): string {
  if (!NODE_LABELS.includes(label)) throw new Error(`merge nodes: unknown label ${String(label)}`);
  return cypherFile("ingest/merge-nodes.cypher").replaceAll("{{LABEL}}", label);
}

export function relMergeStatement(type: RelType): string {
  if (!REL_TYPES.includes(type)) throw new Error(`merge relationships: unknown type ${String(type)}`);
  return cypherFile("ingest/merge-relationships.cypher").replaceAll("{{TYPE}}", type);
}
