// The embedded store's journal under faults: a torn tail is cut and never glued onto; a failed
// append (a full disk) stores nothing, says so, and leaves memory as it was; a crash between the
// journal and the snapshot replays nothing twice.
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StoreWriteError } from "../../src/graph/errors";
import { journalFile, readJournal } from "../../src/graph/memory/journal";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { generatedGraphs } from "../helpers/corpus";

const graphs = generatedGraphs(10, 41);
const first = graphs.slice(0, 5);
const second = graphs.slice(5);

function freshFile(): string {
  return join(mkdtempSync(join(tmpdir(), "kg-journal-")), "graph.json");
}

describe("journal faults", () => {
  it("a torn tail is cut on open and the next batch is not glued onto it", async () => {
    const file = freshFile();
    let store = MemoryStore.open({ file, write: true });
    await store.ingest(first);
    // a crash mid-write: half a record, no line end
    const whole = readFileSync(journalFile(file), "utf8");
    appendFileSync(journalFile(file), whole.slice(0, Math.floor(whole.length / 2)));
    store = reopen(store, file);
    expect(store.notices.join(" ")).toMatch(/torn record .* cut away/);
    await store.ingest(second);
    const reader = MemoryStore.open({ file, write: false });
    expect((await reader.counts()).articles).toBe(10);
    expect(reader.notices).toEqual([]);
  });

  it("a journal written before framing, with a batch glued onto a torn line, loses only the torn batch", async () => {
    const file = freshFile();
    const line = (b: unknown) => JSON.stringify({ batch: b });
    const torn = line(first).slice(0, 200);
    writeFileSync(journalFile(file), `${line(first.slice(0, 2))}\n${torn}${line(second)}\n`);
    // the unframed glued line cannot be split: it is skipped and reported, the rest is kept
    const store = MemoryStore.open({ file, write: false });
    expect((await store.counts()).articles).toBe(2);
    expect(store.notices.join(" ")).toMatch(/torn|damaged/);
  });

  it("a full disk stores nothing, says so, keeps memory as it was, and a retry is not 'unchanged'", async () => {
    const file = freshFile();
    const store = MemoryStore.open({ file, write: true });
    await store.ingest(first);
    const before = await store.counts();
    // every write to /dev/full fails with ENOSPC: the journal's place becomes it for a while
    const real = `${file}.journal-real`;
    renameSync(journalFile(file), real);
    symlinkSync("/dev/full", journalFile(file));
    await expect(store.ingest(second)).rejects.toThrow(StoreWriteError);
    await expect(store.ingest(second)).rejects.toThrow(/disk is full.*nothing of this batch was stored/);
    expect(await store.counts()).toEqual(before);
    rmSync(journalFile(file));
    renameSync(real, journalFile(file));
    const summary = await store.ingest(second);
    expect(summary.articlesNew).toBe(5);
    expect((await MemoryStore.open({ file, write: false }).counts()).articles).toBe(10);
  });

  it("a crash between writing the snapshot and dropping the journal replays nothing twice", async () => {
    const file = freshFile();
    const store = MemoryStore.open({ file, write: true });
    await store.ingest(first);
    const kept = `${file}.journal-copy`;
    copyFileSync(journalFile(file), kept);
    const expected = await store.counts();
    await store.close(); // writes the snapshot, drops the journal
    expect(existsSync(journalFile(file))).toBe(false);
    copyFileSync(kept, journalFile(file)); // as if killed before the drop
    const again = MemoryStore.open({ file, write: false });
    expect(await again.counts()).toEqual(expected);
    expect(readJournal(file).batches).toHaveLength(1);
  });
});

function reopen(store: MemoryStore, file: string): MemoryStore {
  // drop the writer without a snapshot, as a crash would
  (store as unknown as { release: (() => void) | null }).release?.();
  return MemoryStore.open({ file, write: true });
}
