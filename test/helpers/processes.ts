// Child processes for fault tests: the kg CLI, waiting on conditions, free ports.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { generateCorpus } from "../../src/corpus/generate-corpus";

export const ROOT = join(__dirname, "..", "..");
export const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export function kgProcess(args: string[], env: NodeJS.ProcessEnv): ChildProcess & { out: () => string; err: () => string; done: Promise<number | null> } {
  return node([join(ROOT, "src/cli/main.ts"), ...args], env);
}

function node(args: string[], env: NodeJS.ProcessEnv): ChildProcess & { out: () => string; err: () => string; done: Promise<number | null> } {
  // one process (node with tsx's loader), so that a signal reaches the process doing the work
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "",
    err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return Object.assign(child, { out: () => out, err: () => err, done });
}

/** The server (src/server/main.ts) as its own process, as `npm start` runs it. */
export function serverProcess(env: NodeJS.ProcessEnv): ChildProcess & { out: () => string; err: () => string; done: Promise<number | null> } {
  return node([join(ROOT, "src/server/main.ts")], env);
}

export async function waitUntil(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Writes `count` generated articles as .txt files; returns the folder. */
export function writeCorpus(dir: string, count: number, seed: number): string {
  mkdirSync(dir, { recursive: true });
  for (const a of generateCorpus(count, seed)) writeFileSync(join(dir, a.source.replace(/^generated\//, "")), a.text);
  return dir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
