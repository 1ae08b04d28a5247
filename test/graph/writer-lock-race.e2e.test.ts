// The embedded store's writer lock under a race: many processes find the lock of a writer that
// was killed and all try to take it over at once. Exactly one may hold it, however they interleave.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/processes";

const TAKERS = 8;
const ROUNDS = 4;

/** A process that tries to take the lock, says whether it got it, and holds it for a moment. */
function taker(dataFile: string, go: string): Promise<string> {
  const script = `
    const { existsSync } = require("node:fs");
    const { acquireWriterLock } = require(${JSON.stringify(join(ROOT, "src/graph/memory/writer-lock.ts"))});
    while (!existsSync(${JSON.stringify(go)})) {}
    try { acquireWriterLock(${JSON.stringify(dataFile)}); process.stdout.write("got"); }
    catch (e) { process.stdout.write(e.name); }
    setTimeout(() => process.exit(0), 1500);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", () => (err && !out ? reject(new Error(err)) : resolve(out)));
  });
}

describe("the embedded store's writer lock", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kg-lock-race-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`is held by exactly one of ${TAKERS} processes taking over a dead writer's lock at once (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataFile = join(dir, `graph-${round}.json`);
      // a writer that was killed: its pid no longer runs
      writeFileSync(`${dataFile}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, since: "2026-01-01T00:00:00Z" }));
      const go = join(dir, `go-${round}`);
      const outcomes = Array.from({ length: TAKERS }, () => taker(dataFile, go));
      await new Promise((r) => setTimeout(r, 1200)); // every taker started and waits
      writeFileSync(go, "");
      const results = await Promise.all(outcomes);
      expect(results.filter((r) => r === "got")).toHaveLength(1);
      expect(results.filter((r) => r !== "got").every((r) => r === "StoreLockedError")).toBe(true);
    }
  }, 120_000);
});
