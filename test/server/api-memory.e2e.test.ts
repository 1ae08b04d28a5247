// The API on the embedded store, plus what only the embedded store says (Cypher: 501).
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
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
