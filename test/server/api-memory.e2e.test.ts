// The API on the embedded store, plus what only the embedded store says (Cypher: 501).
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { generatedGraphs } from "../helpers/corpus";
import { apiContract } from "./api-contract";

apiContract("embedded", async () => MemoryStore.open({ file: null, write: false }));

describe("POST /api/cypher on the embedded store", () => {
  it("answers 501 and says how to start Neo4j", async () => {
    const app = createApp({ store: MemoryStore.open({ file: null, write: false }), logger: pino({ level: "silent" }), config: serverConfig({}) });
    const res = await request(app).post("/api/cypher").send({ query: "MATCH (n) RETURN count(n)" }).expect(501);
    expect(JSON.parse(res.text).detail).toMatch(/NEO4J_URI/);
  });
});

describe("who may use the console, and its own budget", () => {
  const app = (env: Record<string, string>) =>
    createApp({ store: MemoryStore.open({ file: null, write: true }), logger: pino({ level: "silent" }), config: serverConfig(env) });

  it("is closed on a server reachable from other machines without a token", async () => {
    const res = await request(app({ HOST: "0.0.0.0" }))
      .post("/api/cypher")
      .send({ query: "RETURN 1" })
      .expect(403);
    expect(JSON.parse(res.text).detail).toMatch(/KG_API_TOKEN/);
  });
  it("asks for the token when one is set, then lets its holder through", async () => {
    const a = app({ HOST: "0.0.0.0", KG_API_TOKEN: "s3cret" });
    await request(a).post("/api/cypher").send({ query: "RETURN 1" }).expect(401);
    await request(a).post("/api/cypher").set("Authorization", "Bearer s3cret").send({ query: "RETURN 1" }).expect(501);
  });
  it("counts console calls apart from ingest: a spent console budget leaves the token holder's ingest alone", async () => {
    const a = app({ KG_API_TOKEN: "s3cret", KG_WRITE_RATE_LIMIT: "3" });
    for (let i = 0; i < 3; i++) await request(a).post("/api/cypher").set("Authorization", "Bearer s3cret").send({ query: "RETURN 1" }).expect(501);
    await request(a).post("/api/cypher").set("Authorization", "Bearer s3cret").send({ query: "RETURN 1" }).expect(429);
    await request(a)
      .post("/api/articles")
      .set("Authorization", "Bearer s3cret")
      .send({ text: "Ngày 4/6/2019, Ban Tuyên giáo Tỉnh ủy Sơn La làm việc với Ban Tuyên huấn tỉnh Hủa Phăn." })
      .expect(201);
  });
});

describe("malformed requests get 400s, empty articles a clear refusal", () => {
  const app = () => createApp({ store: MemoryStore.open({ file: null, write: true }), logger: pino({ level: "silent" }), config: serverConfig({}) });
  it("broken percent-encoding in a path is a 400", async () => {
    for (const path of ["/api/entities/%", "/api/entities/%E0%A4%A"]) {
      const res = await request(app()).get(path).expect(400);
      expect(JSON.parse(res.text).detail).toMatch(/decode/);
    }
  });
  it("a body sent as gzip that is not gzip is a 400", async () => {
    const res = await request(app()).post("/api/articles").set("Content-Type", "application/json").set("Content-Encoding", "gzip").send("{}").expect(400);
    expect(JSON.parse(res.text).detail).toMatch(/sent as gzip but does not decode/);
  });
  it("an article of only zero-width and control characters is refused, not stored empty", async () => {
    const a = app();
    const res = await request(a).post("/api/articles").send({ text: "\u200b\u200c\u2060\u0001\u0002" }).expect(422);
    expect(JSON.parse(res.text).detail).toMatch(/holds no text/);
    expect((await request(a).get("/api/health").expect(200)).body.counts.articles).toBe(0);
  });
  it("UTF-16 sent as text/plain without a charset is refused; with its charset it is read", async () => {
    const text = "Ngày 4/6/2019, Ban Tuyên giáo Tỉnh ủy Sơn La làm việc với Ban Tuyên huấn tỉnh Hủa Phăn.";
    const bad = await request(app()).post("/api/articles").set("Content-Type", "text/plain").send(Buffer.from(text, "utf16le")).expect(400);
    expect(JSON.parse(bad.text).detail).toMatch(/UTF-16\? say so/);
    const ok = await request(app()).post("/api/articles").set("Content-Type", "text/plain; charset=utf-16le").send(Buffer.from(text, "utf16le")).expect(201);
    expect(ok.body.nodesAdded).toBeGreaterThan(3);
  });
});

describe("GET /api/graph honours the sizes it advertises", () => {
  it("answers limit=5001 and 20000 on a graph larger than that", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    await store.ingest(generatedGraphs(2000, 5));
    expect((await store.counts()).nodes).toBeGreaterThan(5001);
    const a = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const all = "&types=Person,Organization,Province,Country,Event,Role,Article";
    const res = await request(a).get(`/api/graph?limit=5001${all}`).expect(200);
    expect(res.body.nodes).toHaveLength(5001);
    expect(res.body.truncated).toBe(true);
    await request(a).get(`/api/graph?limit=20000${all}`).expect(200);
    await request(a).get("/api/graph?limit=20001").expect(400);
  }, 60_000);
});

describe("answers that grow with the graph have their own budget", () => {
  it("a client spending the export budget is told 429; health and queries still answer", async () => {
    const a = createApp({
      store: MemoryStore.open({ file: null, write: true }),
      logger: pino({ level: "silent" }),
      config: serverConfig({ KG_HEAVY_RATE_LIMIT: "2" }),
    });
    await request(a).get("/api/export?format=json").expect(200);
    await request(a).get("/api/export?format=gexf").expect(200);
    const res = await request(a).get("/api/export?format=graphml").expect(429);
    expect(JSON.parse(res.text).detail).toMatch(/reports and exports/);
    await request(a).get("/api/health").expect(200);
    await request(a).get("/api/search?q=son").expect(200);
  });
});

describe("GET /api/export streams the file", () => {
  it("gzipped for clients that take it, the same file again while the graph is unchanged, a new one after a write", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    await store.ingest(generatedGraphs(30, 9));
    const a = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const first = await request(a).get("/api/export?format=graphml").set("Accept-Encoding", "gzip").expect(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers["content-disposition"]).toMatch(/kg-graph\.graphml/);
    expect(first.text).toMatch(/<\/graphml>\n$/);
    const again = await request(a).get("/api/export?format=graphml").set("Accept-Encoding", "identity").expect(200);
    expect(again.headers["content-encoding"]).toBeUndefined();
    expect(again.text).toBe(first.text);
    await store.ingest(generatedGraphs(5, 10));
    const after = await request(a).get("/api/export?format=graphml").expect(200);
    expect(after.text.length).toBeGreaterThan(first.text.length);
  });
});
