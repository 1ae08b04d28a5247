// Where the project's files are at run time (cypher/, data/, web/dist): the folder of its
// package.json, found from this file upwards. The same from src/ under tsx and from dist/src/ once
// compiled (npm run build), where a fixed number of ".." would point one level off.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "cypher"))) return dir;
    if (dirname(dir) === dir) throw new Error(`find the project's files: no folder above ${from} holds package.json and cypher/`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
