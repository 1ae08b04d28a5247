// GET and POST /api/curations on the embedded store: a merge through the API changes the answers
// at once, is listed with who made it, and is undone; bad requests get 400/401/404.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import request from "supertest";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { sampleGraphs } from "../helpers/corpus";

describe("/api/curations", () => {
  let dir: string;
  let store: CuratedStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-cur-api-"));
    store = new CuratedStore(MemoryStore.open({ file: null, write: true }), { file: join(dir, "curations.jsonl"), user: "cli-user" });
    await store.ingest(sampleGraphs());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const app = (env: Record<string, string> = {}) => createApp({ store, logger: pino({ level: "silent" }), config: serverConfig(env) });

  it("merges two people through the API, lists it with its author, and undoes it", async () => {
    const a = app({ KG_API_TOKEN: "s3cret", KG_API_TOKEN_LABEL: "Lan (phân tích)" });
    const list = (await store.dump()).nodes.filter((n) => n.label === "Person");
    expect(list.length).toBeGreaterThanOrEqual(2);
    const [keep, other] = [list[0]!.id, list[1]!.id];
    // the answers before, so that the cache is filled
    await request(a)
      .get(`/api/entities/${encodeURIComponent(other)}`)
      .expect(200);

    await request(a).post("/api/curations").send({ op: "merge", keep, other }).expect(401);
    const res = await request(a).post("/api/curations").set("Authorization", "Bearer s3cret").send({ op: "merge", keep, other, note: "một người" }).expect(201);
    expect(res.body.curation).toMatchObject({ op: "merge", keep, other, by: "Lan (phân tích)", note: "một người" });
    expect(res.body.problems).toEqual([]);
    await request(a)
      .get(`/api/entities/${encodeURIComponent(other)}`)
      .expect(404);
    const kept = await request(a)
      .get(`/api/entities/${encodeURIComponent(keep)}`)
      .expect(200);
    expect(JSON.stringify(kept.body)).toContain(res.body.curation.id);

    const listed = await request(a).get("/api/curations").expect(200);
    expect(listed.body.curations.map((s: { state: string }) => s.state)).toEqual(["active"]);
    expect(readFileSync(join(dir, "curations.jsonl"), "utf8")).toContain('"by":"Lan (phân tích)"');

    await request(a).post("/api/curations").set("Authorization", "Bearer s3cret").send({ op: "undo", target: res.body.curation.id }).expect(201);
    await request(a)
      .get(`/api/entities/${encodeURIComponent(other)}`)
      .expect(200);
  });

  it("answers 400 for a request of the wrong shape and 404 for an unknown id", async () => {
    const a = app();
    const bad = await request(a).post("/api/curations").send({ op: "explode" }).expect(400);
    expect(JSON.parse(bad.text).detail).toMatch(/curate/);
    const missing = await request(a).post("/api/curations").send({ op: "rename", node: "person:nobody", name: "X" }).expect(404);
    expect(JSON.parse(missing.text).detail).toMatch(/no entity with the id person:nobody/);
  });

  it("merges two people and drops the other's wrong role in one correction (dropRoles), each undoable", async () => {
    const a = app();
    const dump = await store.dump();
    const holders = dump.rels.filter((r) => r.type === "HOLDS_ROLE");
    const other = holders[0]!.from;
    const wrong = holders[0]!.to;
    const keep = dump.nodes.find((n) => n.label === "Person" && n.id !== other)!.id;
    const refused = await request(a).post("/api/curations").send({ op: "merge", keep, other, dropRoles: ["role:none"] });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).detail).toMatch(/holds no role role:none/);
    const res = await request(a).post("/api/curations").send({ op: "merge", keep, other, dropRoles: [wrong] }).expect(201);
    expect(res.body.with).toHaveLength(1);
    expect(res.body.with[0]).toMatchObject({ op: "reject", rel: expect.stringContaining(`HOLDS_ROLE|${other}|${wrong}`) });
    await request(a).get(`/api/entities/${encodeURIComponent(other)}`).expect(404);
    const merged = await store.dump();
    expect(merged.rels.some((r) => r.type === "HOLDS_ROLE" && r.from === keep && r.to === wrong)).toBe(false);
    expect(merged.rels.filter((r) => r.type === "HOLDS_ROLE").length).toBe(holders.length - 1);
    // undo the merge, then the dropped role: the graph is as it was
    await request(a).post("/api/curations").send({ op: "undo", target: res.body.curation.id }).expect(201);
    await request(a).post("/api/curations").send({ op: "undo", target: res.body.with[0].id }).expect(201);
    const back = await store.dump();
    expect(back.rels.filter((r) => r.type === "HOLDS_ROLE").length).toBe(holders.length);
  });

  it("lists the curations while a write holds the writers' queue: a read never waits behind writes", async () => {
    const inner = MemoryStore.open({ file: null, write: true });
    let open: () => void = () => undefined;
    const gate = new Promise<void>((r) => (open = r));
    // the inner store's ingest waits for the gate: a long ingest, held as long as the test likes
    const held = new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === "ingest") return async (batch: Parameters<typeof inner.ingest>[0]) => (await gate, target.ingest(batch));
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const slow = new CuratedStore(held, { file: join(dir, "held.jsonl"), user: "t" });
    const a = createApp({ store: slow, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const writing = slow.ingest(sampleGraphs());
    const listing = Promise.all(Array.from({ length: 6 }, () => request(a).get("/api/curations")));
    const first = await Promise.race([listing, new Promise<"still waiting">((r) => setTimeout(() => r("still waiting"), 5000))]);
    open();
    await writing;
    expect(first).not.toBe("still waiting");
    for (const res of first as Awaited<typeof listing>) expect(res.status).toBe(200);
  });
});
