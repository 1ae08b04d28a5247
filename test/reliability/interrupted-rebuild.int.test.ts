// A rebuild cut short on Neo4j (kill -9 after the facts were cleared and half the articles
// written again) leaves its mark: health answers 503 "interrupted" (or "rebuilding" while another
// process holds the writer lease) until the next start completes the rebuild.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import request from "supertest";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { sampleGraphs } from "../helpers/corpus";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";

describeNeo4j("a rebuild cut short on Neo4j", (config) => {
  let unlock: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    unlock = await lockNeo4j();
    dir = mkdtempSync(join(tmpdir(), "kg-rebuild-neo-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await unlock();
  });

  it("is reported by health, and completed by the next start", async () => {
    const raw = await Neo4jStore.connect(config);
    await raw.clear();
    const curations = join(dir, "curations.jsonl");
    const store = new CuratedStore(raw, { file: curations, user: "lan" });
    await store.ingest(sampleGraphs());
    const whole = await store.counts();
    const person = (await store.dump()).nodes.find((n) => n.label === "Person")!.id;
    // what kill -9 leaves: the record, the mark, the facts cleared and two articles written again
    writeFileSync(
      curations,
      JSON.stringify({ id: "c-killed", at: "2026-12-01T10:00:00.000Z", by: "lan", note: null, op: "rename", node: person, name: "Tên Đã Sửa", previous: "x" }) + "\n",
    );
    await raw.markRebuild({ since: "2026-12-01T10:00:00.000Z", by: "host:4242:dead" });
    const records = await raw.articleRecords();
    expect(records.length).toBe(5);
    await raw.replaceAll(sampleGraphs().slice(0, 2));
    expect((await raw.counts()).nodes).toBeLessThan(whole.nodes);

    const app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const health = await request(app).get("/api/health");
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: "interrupted", rebuild: { by: "host:4242:dead" } });

    // another process holding the writer lease is rebuilding now: not an interruption
    const other = await Neo4jStore.connect(config);
    const release = await other.writerLease("other-process");
    const during = await request(app).get("/api/health").expect(200);
    expect(during.body.status).toBe("rebuilding");
    await release();
    await other.close();

    const next = new CuratedStore(await Neo4jStore.connect(config), { file: curations, user: "lan" });
    expect(await next.completeInterruptedRebuild()).toMatch(/completed a rebuild begun at 2026-12-01T10:00:00.000Z by host:4242:dead/);
    expect(await next.completeInterruptedRebuild()).toBeNull();
    const after = createApp({ store: next, logger: pino({ level: "silent" }), config: serverConfig({}) });
    expect((await request(after).get("/api/health").expect(200)).body.status).toBe("ok");
    expect((await request(after).get(`/api/entities/${encodeURIComponent(person)}`).expect(200)).body.entity.name).toBe("Tên Đã Sửa");
    expect((await next.counts()).articles).toBe(whole.articles);
    await next.clear();
    await next.close();
    await store.close();
  });
});
