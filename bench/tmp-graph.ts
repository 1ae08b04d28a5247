import request from "supertest";
import { pino } from "pino";
import { Neo4jStore } from "../src/graph/neo4j/neo4j-store";
import { serverConfig } from "../src/server/config";
import { createApp } from "../src/server/create-app";
import { sampleGraphs } from "../test/helpers/corpus";
(async () => {
  const store = await Neo4jStore.connect({ uri: "bolt://127.0.0.1:7688", user: "neo4j", password: "password" });
  await store.clear(); await store.ingest(sampleGraphs());
  const app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
  for (const u of ["/api/graph?limit=5000", "/api/graph?limit=5001", "/api/graph?limit=20000", "/api/graph?limit=20001"]) {
    const res = await request(app).get(u);
    console.log(u, res.status, res.text.slice(0, 200));
  }
  await store.clear(); await store.close();
})();
