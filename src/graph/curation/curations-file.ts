// The curations file: JSON Lines, read whole with line numbers in every error, appended one
// flushed line at a time. A missing file is an empty list.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { InvalidArgumentsError, StoreWriteError } from "../errors";
import { CurationSchema, type Curation } from "./curation-model";

/** Where curations are kept when KG_CURATIONS is not set: next to the embedded store's file. */
export function defaultCurationsFile(dataFile: string): string {
  return join(dirname(dataFile), "curations.jsonl");
}

const MAX_BYTES = 64 << 20;

export function readCurations(file: string): Curation[] {
  if (!existsSync(file)) return [];
  if (statSync(file).isDirectory()) throw new InvalidArgumentsError(`read the curations file ${file}: it is a directory; KG_CURATIONS names a file`);
  if (statSync(file).size > MAX_BYTES) throw new InvalidArgumentsError(`read the curations file ${file}: larger than ${MAX_BYTES >> 20} MB`);
  const text = readFileSync(file, "utf8");
  const out: Curation[] = [];
  const ids = new Set<string>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `read the curations file ${file}, line ${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new InvalidArgumentsError(`${where}: not JSON (${(e as Error).message})`);
    }
    const parsed = CurationSchema.safeParse(json);
    if (!parsed.success)
      throw new InvalidArgumentsError(`${where}: ${parsed.error.issues.map((x) => `${x.path.join(".") || "line"}: ${x.message}`).join("; ")}`);
    if (ids.has(parsed.data.id)) throw new InvalidArgumentsError(`${where}: the id ${parsed.data.id} is used by an earlier line`);
    ids.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}

/** Appends one curation as one line, flushed before it returns. */
export function appendCuration(file: string, c: Curation): void {
  let fd: number | null = null;
  try {
    // a file whose last line lacks its newline gets one first, so records never run together
    const needsNewline = existsSync(file) && statSync(file).size > 0 && !readFileSync(file, "utf8").endsWith("\n");
    fd = openSync(file, "a");
    writeSync(fd, `${needsNewline ? "\n" : ""}${JSON.stringify(c)}\n`);
    fsyncSync(fd);
  } catch (e) {
    throw new StoreWriteError(`write the curations file ${file}: ${(e as Error).message}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
