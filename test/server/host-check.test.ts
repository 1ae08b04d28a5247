// The Host allow-list: a request naming another host (DNS rebinding: a foreign page whose name
// points at 127.0.0.1) is refused before anything runs, a correction included; the loopback names,
// HOST and KG_ALLOWED_HOSTS are answered.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import request from "supertest";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { hostName } from "../../src/server/host-check";
import { sampleGraphs } from "../helpers/corpus";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-host-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function app(env: NodeJS.ProcessEnv = {}) {
  const store = new CuratedStore(MemoryStore.open({ file: null, write: true }), { file: join(dir, "curations.jsonl"), user: "t" });
  await store.ingest(sampleGraphs());
  return { store, app: createApp({ store, logger: pino({ level: "silent" }), config: serverConfig(env) }) };
}

test("host names are read without port or brackets", () => {
  expect(hostName("LocalHost:3000")).toBe("localhost");
  expect(hostName("[::1]:3000")).toBe("::1");
  expect(hostName("kg.example.org")).toBe("kg.example.org");
});

test("a foreign Host is refused with 421 before anything runs; a forged correction is not stored", async () => {
  const { app: a, store } = await app();
  const res = await request(a).get("/api/health").set("Host", "rebind.attacker.example:3000").expect(421);
  expect(res.headers["content-type"]).toMatch(/problem\+json/);
  expect(res.body.detail).toMatch(/does not answer to the host name "rebind\.attacker\.example:3000".*KG_ALLOWED_HOSTS/);
  await request(a)
    .post("/api/curations")
    .set("Host", "rebind.attacker.example")
    .send({ op: "rename", node: "province:la-houaphanh", name: "Forged" })
    .expect(421);
  expect(await store.curations()).toEqual([]);
  for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000"]) await request(a).get("/api/health").set("Host", host).expect(200);
});

test("KG_ALLOWED_HOSTS and HOST add names; '*' answers any", async () => {
  const { app: listed } = await app({ KG_ALLOWED_HOSTS: "kg.example.org, kg2.example.org", HOST: "10.0.0.5" });
  await request(listed).get("/api/health").set("Host", "kg.example.org").expect(200);
  await request(listed).get("/api/health").set("Host", "10.0.0.5:3000").expect(200);
  await request(listed).get("/api/health").set("Host", "other.example.org").expect(421);
  const { app: any } = await app({ KG_ALLOWED_HOSTS: "*" });
  await request(any).get("/api/health").set("Host", "other.example.org").expect(200);
});

test("plain HTTP: no HSTS, no upgrade-insecure-requests; a refusal is titled by its status", async () => {
  const { app: a } = await app({ HOST: "0.0.0.0" });
  const res = await request(a).get("/api/health").set("Host", "127.0.0.1:3000").expect(200);
  expect(res.headers["strict-transport-security"]).toBeUndefined();
  expect(res.headers["content-security-policy"]).not.toMatch(/upgrade-insecure-requests/);
  // on a server reachable from other machines without a token, the console is closed: 403
  const closed = await request(a).post("/api/cypher").set("Host", "127.0.0.1:3000").send({ query: "RETURN 1" });
  expect(closed.status).toBe(403);
  expect(closed.body.title).toBe("Forbidden");
  const misdirected = await request(a).get("/api/health").set("Host", "evil.example").expect(421);
  expect(misdirected.body.title).toBe("Misdirected Request");
});

test("the Host header does not poison cached reports: each host gets its own links, and KG_PUBLIC_URL fixes them", async () => {
  const { app: open } = await app({ KG_ALLOWED_HOSTS: "*" });
  const forged = await request(open).get("/api/reports/agreements?format=html").set("Host", "attacker.example").expect(200);
  expect(forged.text).toContain("http://attacker.example/api/articles/");
  const own = await request(open).get("/api/reports/agreements?format=html").set("Host", "localhost:3000").expect(200);
  expect(own.text).not.toContain("attacker.example");
  expect(own.text).toContain("http://localhost:3000/api/articles/");
  const { app: pinned } = await app({ KG_ALLOWED_HOSTS: "*", KG_PUBLIC_URL: "https://kg.example.org/" });
  for (const host of ["attacker.example", "localhost:3000"]) {
    const res = await request(pinned).get("/api/reports/agreements?format=html").set("Host", host).expect(200);
    expect(res.text).not.toContain(host);
    expect(res.text).toContain("https://kg.example.org/api/articles/");
  }
});
