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
