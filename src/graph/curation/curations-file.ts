// The curations file: JSON Lines, read whole with line numbers in every error, appended one
// flushed line at a time. A missing file is an empty list.
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
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
  // a FIFO or a device (/dev/zero) would never end: only a regular file is read
  if (!statSync(file).isFile()) throw new InvalidArgumentsError(`read the curations file ${file}: not a regular file; KG_CURATIONS names a file`);
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
      // a last line without its newline that does not parse is a write cut short (a full disk, a
      // crash): it was never acknowledged, so it is no curation; the next append cuts it off
      if (i === lines.length - 1) continue;
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

/**
 * Appends one curation as one line, flushed before it returns, whole or not at all: a write cut
 * short (a full disk) is cut back off before the error is thrown, so that the file holds exactly
 * the curations it held before. A torn last line left by a crash is cut off first; a hand-edited
 * last line without its newline (one that parses) gets its newline. `write` is the file system's,
 * but for tests that cut a write short.
 */
export function appendCuration(file: string, c: Curation, write: typeof writeSync = writeSync): void {
  if (existsSync(file) && !statSync(file).isFile())
    throw new StoreWriteError(`write the curations file ${file}: not a regular file; the correction was not saved`);
  let fd: number | null = null;
  let size = 0;
  try {
    fd = openSync(file, existsSync(file) ? "r+" : "w+");
    size = fstatSync(fd).size;
    let prefix = "";
    if (size > 0) {
      const text = readFileSync(file, "utf8");
      if (!text.endsWith("\n")) {
        const lastNewline = text.lastIndexOf("\n");
        const tail = text.slice(lastNewline + 1);
        if (parses(tail)) prefix = "\n";
        else {
          size = Buffer.byteLength(text.slice(0, lastNewline + 1));
          ftruncateSync(fd, size);
        }
      }
    }
    const record = Buffer.from(`${prefix}${JSON.stringify(c)}\n`);
    const written = write(fd, record, 0, record.length, size);
    if (written !== record.length) throw new Error(`only ${written} of ${record.length} bytes written (is the disk full?)`);
    fsyncSync(fd);
  } catch (e) {
    if (fd !== null)
      try {
        ftruncateSync(fd, size); // nothing of this record stays
      } catch {
        /* the file was not writable at all: nothing was added */
      }
    throw new StoreWriteError(`write the curations file ${file}: ${(e as Error).message}; the correction was not saved`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
