// The embedded store's journal: each ingested batch appended as one JSON line and flushed, so a
// batch costs what it writes, not a rewrite of the whole graph. Loading replays the journal over
// the last snapshot; a line torn by a crash is the batch that did not happen.
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, statSync, unlinkSync } from "node:fs";
import type { ArticleGraph } from "../graph-model";
import { readLines } from "./store-file";

export const journalFile = (dataFile: string) => `${dataFile}.journal`;

export function appendBatch(dataFile: string, batch: readonly ArticleGraph[]): void {
  const file = journalFile(dataFile);
  appendFileSync(file, JSON.stringify({ batch }) + "\n");
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The batches of the journal, in order; a last line cut short by a crash is left out. */
export function* journalBatches(dataFile: string): Generator<ArticleGraph[]> {
  const file = journalFile(dataFile);
  if (!existsSync(file)) return;
  for (const line of readLines(file)) {
    if (!line.trim()) continue;
    let rec: { batch?: ArticleGraph[] };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      return; // torn write: the batch was never acknowledged
    }
    if (Array.isArray(rec.batch)) yield rec.batch;
  }
}

export function journalBytes(dataFile: string): number {
  const file = journalFile(dataFile);
  return existsSync(file) ? statSync(file).size : 0;
}

export function dropJournal(dataFile: string): void {
  const file = journalFile(dataFile);
  if (existsSync(file)) unlinkSync(file);
}
