// The embedded store's writer lock: a file created whole and exclusively (written aside, then
// linked into place), holding the writer's pid. A lock left by a process that no longer runs
// (kill -9, power loss) is taken over at once, by one process only when several find it together;
// a live writer makes the second one fail with a clear message instead of losing its updates.
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { StoreLockedError } from "../errors";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Blocks this thread for `ms` (opening a store is synchronous). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

type Holder = { pid?: number; host?: string; since?: string };

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Holder;
  } catch {
    return null;
  }
}

/** Whether `holder` is a process of this host that no longer runs. */
function dead(holder: Holder | null): boolean {
  return !!holder?.pid && (!holder.host || holder.host === hostname()) && !alive(holder.pid);
}

/**
 * Creates `file` with `content`, or fails with EEXIST: the content is written to a file of our
 * own first and linked into place, so nobody ever reads a half-written lock.
 */
function createWhole(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, content, { flag: "wx" });
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * Removes the lock of a writer that is gone, when it is still that writer's. Several processes
 * may find the same dead lock at once: only the one that creates the breaker file may remove it,
 * after reading it again under the breaker, so nobody removes a lock that a faster process just
 * took. A breaker left by a process killed while breaking is itself removed once its pid is gone.
 */
function breakDeadLock(lockFile: string, seen: Holder): void {
  const breaker = `${lockFile}.break`;
  if (!createWhole(breaker, JSON.stringify({ pid: process.pid, host: hostname() }))) {
    if (dead(readHolder(breaker))) {
      try {
        unlinkSync(breaker);
      } catch {
        /* another process removed it */
      }
    }
    pause(20);
    return;
  }
  try {
    const now = readHolder(lockFile);
    if (now && now.pid === seen.pid && now.since === seen.since && dead(now)) unlinkSync(lockFile);
  } finally {
    unlinkSync(breaker);
  }
}

export function acquireWriterLock(dataFile: string): () => void {
  const lockFile = `${dataFile}.lock`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createWhole(lockFile, mine)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readHolder(lockFile)?.pid === process.pid) unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    }
    const holder = readHolder(lockFile) ?? {};
    const sameHost = !holder.host || holder.host === hostname();
    if (holder.pid && sameHost && alive(holder.pid)) {
      throw new StoreLockedError(
        `open the embedded store ${dataFile}: another process is writing to it (pid ${holder.pid}, since ${holder.since ?? "?"}); wait for it to finish or stop it (a running server holds it: post articles to its /api/articles instead)`,
      );
    }
    if (!sameHost)
      throw new StoreLockedError(`open the embedded store ${dataFile}: locked by a process on host ${holder.host}; remove ${lockFile} if that process is gone`);
    if (holder.pid) breakDeadLock(lockFile, holder);
    else pause(20); // gone between our attempt and our read, or not a lock of ours: try again
  }
  throw new StoreLockedError(`open the embedded store ${dataFile}: could not take the lock ${lockFile}; if no process uses the store, remove it`);
}

export interface LockHolder {
  pid?: number;
  host?: string;
  since?: string;
  /** The running server's own address, so that another process can send it what it would write. */
  url?: string;
}

/** Who holds the embedded store's writer lock (null: nobody, or unreadable). */
export function lockHolder(dataFile: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(`${dataFile}.lock`, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/** The server that holds the lock writes its address into it (whole or not at all: write, then rename). */
export function noteServerUrl(dataFile: string, url: string): void {
  const holder = lockHolder(dataFile);
  if (!holder || holder.pid !== process.pid) return;
  const tmp = `${dataFile}.lock.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...holder, url }));
  renameSync(tmp, `${dataFile}.lock`);
}
