// Faults on the embedded store: kill -9 in the middle of an ingest leaves a file that loads and
// holds whole batches only; the next run completes it. Two ingests at once: one is refused.
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { kgProcess, waitUntil, writeCorpus } from "../helpers/processes";

const N = 3000;
const BATCH = 100;

describe("embedded store under faults", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-faults-"));
  const corpus = writeCorpus(join(dir, "corpus"), N, 5);

  it("kill -9 mid-ingest leaves the state after a whole batch, and a re-run completes it", async () => {
    const data = join(dir, "kill.json");
    const p = kgProcess(["ingest", corpus, "--store", "memory", "--batch-size", String(BATCH)], { KG_DATA: data, NEO4J_URI: "" });
    // wait for at least two saves, then kill without warning
    let saves = 0,
      last = 0;
    await waitUntil(
      () => {
        if (existsSync(data)) {
          const m = statSync(data).mtimeMs;
          if (m !== last) {
            last = m;
            saves++;
          }
        }
        return saves >= 1 || p.exitCode !== null;
      },
      120_000,
      "two saves of the data file",
    );
    p.kill("SIGKILL");
    await p.done;

    const store = MemoryStore.open({ file: data, write: false }); // loads: not torn
    const { articles } = await store.counts();
    expect(articles % BATCH).toBe(0);
    expect(articles).toBeGreaterThan(0);
    expect(articles).toBeLessThan(N);
    // every article is there with its facts: its event reports it
    store.graph.forEachNode((id, a) => {
      if (a.label === "Article") expect(store.graph.inDegree(id)).toBeGreaterThan(0);
    });

    const again = kgProcess(["ingest", corpus, "--store", "memory", "--batch-size", String(BATCH)], { KG_DATA: data, NEO4J_URI: "" });
    expect(await again.done).toBe(0); // the dead writer's lock is taken over at once
    expect(again.out()).toMatch(new RegExp(`articles: ${N - articles} new, ${articles} unchanged, 0 failed`));
    expect((await MemoryStore.open({ file: data, write: false }).counts()).articles).toBe(N);
  }, 240_000);

  it("two ingests at once: one writes, the other is refused with a clear message, nothing is lost", async () => {
    const data = join(dir, "two.json");
    const a = kgProcess(["ingest", corpus, "--store", "memory", "--batch-size", "400"], { KG_DATA: data, NEO4J_URI: "" });
    await waitUntil(() => existsSync(`${data}.lock`) || a.exitCode !== null, 60_000, "the first writer's lock");
    const b = kgProcess(["ingest", corpus, "--store", "memory"], { KG_DATA: data, NEO4J_URI: "" });
    const [ca, cb] = await Promise.all([a.done, b.done]);
    expect(ca).toBe(0);
    expect(cb).not.toBe(0);
    expect(b.err()).toMatch(/another process is writing to it \(pid \d+/);
    expect((await MemoryStore.open({ file: data, write: false }).counts()).articles).toBe(N);
  }, 240_000);
});
