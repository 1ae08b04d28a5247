// The embedded store: the contract, plus persistence, atomic saves, locking and bad data files.
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { InvalidArgumentsError, StoreLockedError } from "../../src/graph/errors";
import { sampleGraphs } from "../helpers/corpus";
import { storeContract } from "./store-contract";

storeContract("embedded", async () => MemoryStore.open({ file: null, write: false }));

describe("embedded store file", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-mem-"));

  it("saves after a batch and loads the same graph in a new process", async () => {
    const file = join(dir, "a.json");
    const s1 = MemoryStore.open({ file, write: true });
    await s1.ingest(sampleGraphs());
    const c1 = await s1.counts();
    await s1.close();
    const s2 = MemoryStore.open({ file, write: false });
    expect(await s2.counts()).toEqual(c1);
    expect(JSON.parse(readFileSync(file, "utf8").split("\n")[0]!).format).toBe("kg-embedded-store/2");
  });

  it("makes each batch durable in the journal, replays it on load, and ignores a torn last line", async () => {
    const file = join(dir, "j.json");
    const w = MemoryStore.open({ file, write: true });
    const graphs = sampleGraphs();
    await w.ingest(graphs.slice(0, 2));
    await w.ingest(graphs.slice(2, 4));
    // no close: as if the process died after its second batch
    expect(existsSync(`${file}.journal`)).toBe(true);
    expect((await MemoryStore.open({ file, write: false }).counts()).articles).toBe(4);
    appendFileSync(`${file}.journal`, '{"batch": [{"articleId": "a_torn", "nodes": [');
    expect((await MemoryStore.open({ file, write: false }).counts()).articles).toBe(4);
    await w.close(); // compacts into one snapshot
    expect(existsSync(`${file}.journal`)).toBe(false);
    expect((await MemoryStore.open({ file, write: false }).counts()).articles).toBe(4);
  });

  it("refuses a second writer while the first holds the lock, with a clear message", async () => {
    const file = join(dir, "b.json");
    const w1 = MemoryStore.open({ file, write: true });
    expect(() => MemoryStore.open({ file, write: true })).toThrow(StoreLockedError);
    expect(() => MemoryStore.open({ file, write: true })).toThrow(/another process is writing/);
    await w1.close();
    const w2 = MemoryStore.open({ file, write: true });
    await w2.close();
  });

  it("writes through a temporary file and rename: no temp file remains", async () => {
    const file = join(dir, "c.json");
    const s = MemoryStore.open({ file, write: true });
    await s.ingest(sampleGraphs());
    await s.close();
    expect(readdirSync(dir).filter((f) => f.startsWith("c.json.tmp"))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it("refuses a damaged data file with a message that says what to do", () => {
    const file = join(dir, "d.json");
    writeFileSync(file, '{"format": "kg-embedded-store/2", "nodes": 1, "edges": 0}\n{"n": "x", "a": {');
    expect(() => MemoryStore.open({ file, write: false })).toThrow(InvalidArgumentsError);
    expect(() => MemoryStore.open({ file, write: false })).toThrow(/line 2 is not valid JSON.*restore it or move it away/);
    writeFileSync(file, '{"format": "kg-embedded-store/2", "nodes": 5, "edges": 0}\n{"n": "x", "a": {"label": "Person", "id": "x", "name": "x"}}\n');
    expect(() => MemoryStore.open({ file, write: false })).toThrow(/truncated/);
  });
});
