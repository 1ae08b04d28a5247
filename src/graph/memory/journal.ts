// The embedded store's journal: each ingested batch appended as one framed record and flushed, so
// a batch costs what it writes, not a rewrite of the whole graph. Loading replays the journal over
// the last snapshot.
//
// A record is one line: "KGJ1 <checksum> <json>\n", the checksum (SHA-256, 16 hex digits) taken
// over the JSON. A record that does not verify was never acknowledged: a crash or a full disk cut
// it. The writer cuts such a torn tail away when it opens the store (and says so), and a failed
// append is undone in the file before the error is reported, so a new record never glues onto a
// torn one. A record glued onto a torn line by an older version is still found by its frame.
import { createHash } from "node:crypto";
import { closeSync, existsSync, fsyncSync, openSync, statSync, truncateSync, unlinkSync, writeSync } from "node:fs";
import { StoreWriteError } from "../errors";
import type { ArticleGraph } from "../graph-model";
import { readLines } from "./store-file";

export const journalFile = (dataFile: string) => `${dataFile}.journal`;

const FRAME = "KGJ1 ";
const checksum = (payload: string) => createHash("sha256").update(payload).digest("hex").slice(0, 16);

function frame(batch: readonly ArticleGraph[]): string {
  const payload = JSON.stringify({ batch });
  return `${FRAME}${checksum(payload)} ${payload}\n`;
}

/** The batch of one journal line, or null when the line is torn or damaged. */
function readRecord(line: string): ArticleGraph[] | null {
  // the frame may follow a torn record on the same line (a journal written before framing)
  const at = line.lastIndexOf(FRAME);
  if (at >= 0) {
    const sum = line.slice(at + FRAME.length, at + FRAME.length + 16);
    const payload = line.slice(at + FRAME.length + 17);
    if (checksum(payload) !== sum) return null;
    const rec = JSON.parse(payload) as { batch?: ArticleGraph[] };
    return Array.isArray(rec.batch) ? rec.batch : null;
  }
  // a line of the unframed format (before checksums): whole JSON or nothing
  try {
    const rec = JSON.parse(line) as { batch?: ArticleGraph[] };
    return Array.isArray(rec.batch) ? rec.batch : null;
  } catch {
    return null;
  }
}

/**
 * Appends one batch and flushes it. When the write fails (a full disk, a read-only file), the file
 * is cut back to where it was and a StoreWriteError is thrown: nothing of the batch was stored.
 */
export function appendBatch(dataFile: string, batch: readonly ArticleGraph[]): void {
  const file = journalFile(dataFile);
  const before = existsSync(file) ? statSync(file).size : 0;
  const record = Buffer.from(frame(batch));
  let fd: number | null = null;
  try {
    fd = openSync(file, "a");
    let written = 0;
    while (written < record.length) written += writeSync(fd, record, written, record.length - written);
    fsyncSync(fd);
  } catch (e) {
    try {
      if (existsSync(file)) truncateSync(file, before);
    } catch {
      // the tail stays torn; the next open cuts it
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new StoreWriteError(
      `store the batch in ${file}: ${code === "ENOSPC" ? "the disk is full" : (e as Error).message}; nothing of this batch was stored, the store is as it was`,
    );
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export interface JournalRead {
  batches: ArticleGraph[][];
  /** Byte offset just after the last good record: where a torn tail starts. */
  goodBytes: number;
  /** Bytes after it (a torn tail), and damaged records skipped before it. */
  tornBytes: number;
  damaged: number;
}

/** The batches of the journal, in order; torn or damaged records are counted, not replayed. */
export function readJournal(dataFile: string): JournalRead {
  const file = journalFile(dataFile);
  const out: JournalRead = { batches: [], goodBytes: 0, tornBytes: 0, damaged: 0 };
  if (!existsSync(file)) return out;
  let offset = 0;
  let pendingBad = 0;
  for (const line of readLines(file)) {
    const bytes = Buffer.byteLength(line) + 1;
    offset += bytes;
    if (!line.trim()) continue;
    const batch = readRecord(line);
    if (!batch) {
      pendingBad++;
      continue;
    }
    out.batches.push(batch);
    out.damaged += pendingBad;
    pendingBad = 0;
    out.goodBytes = offset;
  }
  const size = statSync(file).size;
  out.goodBytes = Math.min(out.goodBytes, size);
  out.tornBytes = size - out.goodBytes;
  return out;
}

/** Cuts a torn tail away (the writer, on open). Returns the bytes cut. */
export function cutTornTail(dataFile: string, read: JournalRead): number {
  if (read.tornBytes <= 0) return 0;
  truncateSync(journalFile(dataFile), read.goodBytes);
  return read.tornBytes;
}

export function journalBytes(dataFile: string): number {
  const file = journalFile(dataFile);
  return existsSync(file) ? statSync(file).size : 0;
}

export function dropJournal(dataFile: string): void {
  const file = journalFile(dataFile);
  if (existsSync(file)) unlinkSync(file);
}
