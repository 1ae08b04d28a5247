// Corrections and the graph stay in step on the embedded store:
// - a data directory where the snapshot cannot be written (read-only, full) refuses the
//   correction with 507, keeps no record of it (a retry is not a duplicate) and leaves the graph
//   as it was;
// - a rebuild cut short (kill -9 between the record and the snapshot) leaves its mark: health
//   says so (503, "interrupted") until the next start completes it.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import request from "supertest";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";
import { freePort, serverProcess, waitUntil } from "../helpers/processes";

const records = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim()).length;

/**
 * Makes a directory read-only for this process, and returns how to undo it: chmod for a user,
 * a read-only bind mount for root (whom permissions do not stop); null when neither can be done.
 */
function makeReadOnly(path: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(path, 0o555);
    return () => chmodSync(path, 0o755);
  }
  try {
    execFileSync("mount", ["--bind", path, path], { stdio: "ignore" });
    execFileSync("mount", ["-o", "remount,ro,bind", path], { stdio: "ignore" });
    return () => execFileSync("umount", [path], { stdio: "ignore" });
  } catch {
    try {
      execFileSync("umount", [path], { stdio: "ignore" });
    } catch {
      /* nothing was mounted */
    }
    return null;
  }
}

describe("corrections and the graph in step (embedded store)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "kg-rebuild-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const open = (file: string, curations: string) => new CuratedStore(MemoryStore.open({ file, write: true }), { file: curations, user: "lan" });

  it("a snapshot that cannot be written refuses the correction with 507, records nothing, and a retry records it once", async () => {
    const file = join(dir, "graph.json");
    const curations = join(dir, "curations.jsonl");
    const store = open(file, curations);
    await store.ingest(sampleGraphs());
    await store.curate({ op: "rename", node: "province:vn-son-la", name: "Sơn La (tỉnh)" });
    const app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const people = (await store.dump()).nodes.filter((n) => n.label === "Person").map((n) => n.id);
    const [keep, other] = [people[0]!, people[1]!];
    const before = await store.dump();

    // the snapshot is written aside and renamed into place: where it would be written, nothing can be
    const blocker = `${file}.tmp-${process.pid}`;
    mkdirSync(blocker);
    const refused = await request(app).post("/api/curations").send({ op: "merge", keep, other });
    expect(refused.status).toBe(507);
    expect(JSON.parse(refused.text).detail).toMatch(/could not write the embedded store .*nothing was changed/);
    expect(refused.text).not.toContain(dir); // no local path reaches the client
    expect(records(curations)).toBe(1);
    expect(await store.dump()).toEqual(before);
    await request(app).get(`/api/entities/${encodeURIComponent(other)}`).expect(200);
    expect((await request(app).get("/api/health").expect(200)).body.status).toBe("ok");

    rmSync(blocker, { recursive: true });
    await request(app).post("/api/curations").send({ op: "merge", keep, other }).expect(201);
    expect(records(curations)).toBe(2);
    await request(app).get(`/api/entities/${encodeURIComponent(other)}`).expect(404);
    await store.close();
    // what was acknowledged is what the next process reads
    const reopened = open(file, curations);
    expect((await reopened.curations()).map((s) => s.curation.op)).toEqual(["rename", "merge"]);
    await reopened.close();
  });

  it("a read-only data directory refuses the correction with 507 and records nothing; once writable, a retry records it once", async () => {
    const data = join(dir, "data");
    mkdirSync(data);
    const file = join(data, "graph.json");
    const curations = join(data, "curations.jsonl");
    const store = open(file, curations);
    await store.ingest(sampleGraphs());
    await store.curate({ op: "rename", node: "province:vn-son-la", name: "Sơn La (tỉnh)" });
    const people = (await store.dump()).nodes.filter((n) => n.label === "Person").map((n) => n.id);
    const app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const readOnly = makeReadOnly(data);
    if (!readOnly) {
      console.warn("⚠️  SKIPPED: this user can make no directory read-only (root without mount); the blocked-snapshot test above covers the same path");
      await store.close();
      return;
    }
    try {
      const refused = await request(app).post("/api/curations").send({ op: "merge", keep: people[0], other: people[1] });
      expect(refused.status).toBe(507);
      expect(JSON.parse(refused.text).detail).toMatch(/nothing was changed/);
      expect(records(curations)).toBe(1);
      await request(app).get(`/api/entities/${encodeURIComponent(people[1]!)}`).expect(200);
    } finally {
      readOnly();
    }
    await request(app).post("/api/curations").send({ op: "merge", keep: people[0], other: people[1] }).expect(201);
    expect(records(curations)).toBe(2);
    await store.close();
  });

  it("a rebuild cut short is reported by health until the next start completes it", async () => {
    const file = join(dir, "graph.json");
    const curations = join(dir, "curations.jsonl");
    const first = open(file, curations);
    await first.ingest(sampleGraphs());
    const person = (await first.dump()).nodes.find((n) => n.label === "Person")!.id;
    await first.close();
    // what kill -9 leaves between the record and the snapshot: the record, the mark, the old graph
    writeFileSync(
      curations,
      JSON.stringify({ id: "c-killed", at: "2026-12-01T10:00:00.000Z", by: "lan", note: null, op: "rename", node: person, name: "Tên Đã Sửa", previous: "x" }) + "\n",
    );
    writeFileSync(`${file}.rebuilding`, JSON.stringify({ since: "2026-12-01T10:00:00.000Z", by: "host:4242:dead" }));

    const second = open(file, curations);
    const app = createApp({ store: second, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const health = await request(app).get("/api/health");
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: "interrupted", rebuild: { since: "2026-12-01T10:00:00.000Z", by: "host:4242:dead" } });
    expect(health.body.detail).toMatch(/cut short; restart the server or run kg curate apply/);
    await second.close();

    // the next start completes it before serving
    const port = await freePort();
    const server = serverProcess({ KG_DATA: file, KG_CURATIONS: curations, PORT: String(port), LOG_LEVEL: "info", NEO4J_URI: "" });
    try {
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok ?? false, 60_000, "the server to answer");
      const ok = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { status: string };
      expect(ok.status).toBe("ok");
      const entity = (await (await fetch(`http://127.0.0.1:${port}/api/entities/${encodeURIComponent(person)}`)).json()) as { entity: { name: string } };
      expect(entity.entity.name).toBe("Tên Đã Sửa");
      expect(server.out() + server.err()).toMatch(/completed a rebuild begun at 2026-12-01T10:00:00.000Z/);
    } finally {
      server.kill("SIGTERM");
      await server.done;
    }
  }, 120_000);

  it("a rebuild lets the server answer meanwhile: health is answered before a rebuild of 1 500 articles completes", async () => {
    const file = join(dir, "graph.json");
    const store = open(file, join(dir, "curations.jsonl"));
    const graphs = generatedGraphs(1500, 5);
    for (let i = 0; i < graphs.length; i += 500) await store.ingest(graphs.slice(i, i + 500));
    const server = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) }).listen(0, "127.0.0.1");
    try {
      await new Promise((r) => server.once("listening", r));
      const port = (server.address() as { port: number }).port;
      const order: string[] = [];
      const rebuilt = store.rebuild().then(() => order.push("rebuilt"));
      const health = fetch(`http://127.0.0.1:${port}/api/health`).then(async (res) => order.push(`health ${(await res.json() as { status: string }).status}`));
      await Promise.all([rebuilt, health]);
      // while the graph was being rebuilt, health said so
      expect(order).toEqual(["health rebuilding", "rebuilt"]);
    } finally {
      server.close();
      await store.close();
    }
  }, 120_000);
});
