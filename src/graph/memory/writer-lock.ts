// The embedded store's writer lock: a file created exclusively, holding the writer's pid. A lock
// left by a process that no longer runs (kill -9, power loss) is taken over at once; a live
// writer makes the second one fail with a clear message instead of losing its updates.
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
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

export function acquireWriterLock(dataFile: string): () => void {
  const lockFile = `${dataFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let holder: { pid?: number; host?: string; since?: string } = {};
      try {
        holder = JSON.parse(readFileSync(lockFile, "utf8")) as typeof holder;
      } catch {
        /* unreadable: treat as stale */
      }
      const sameHost = !holder.host || holder.host === hostname();
      if (holder.pid && sameHost && alive(holder.pid)) {
        throw new StoreLockedError(
          `open the embedded store ${dataFile}: another process is writing to it (pid ${holder.pid}, since ${holder.since ?? "?"}); wait for it to finish or stop it (a running server holds it: post articles to its /api/articles instead)`,
        );
      }
      if (!sameHost)
        throw new StoreLockedError(
          `open the embedded store ${dataFile}: locked by a process on host ${holder.host}; remove ${lockFile} if that process is gone`,
        );
      try {
        unlinkSync(lockFile); // stale: its writer is gone
      } catch {
        /* raced with another taker */
      }
    }
  }
  throw new StoreLockedError(`open the embedded store ${dataFile}: could not take the lock ${lockFile}`);
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
