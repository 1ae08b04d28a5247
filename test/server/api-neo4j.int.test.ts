// The API on the real Neo4j, plus the Cypher console: reads run, writes and escapes are refused,
// a query that runs forever is stopped, and the graph is unchanged afterwards.
import { pino } from "pino";
import request from "supertest";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { sampleGraphs } from "../helpers/corpus";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { apiContract } from "./api-contract";

describeNeo4j("API on Neo4j", (config) => {
  let unlock: () => Promise<void>;
  beforeAll(async () => {
    unlock = await lockNeo4j();
  });
  afterAll(async () => unlock());

  apiContract("neo4j", () => Neo4jStore.connect(config));

  describe("POST /api/cypher", () => {
    let store: Neo4jStore;
    let app: ReturnType<typeof createApp>;
    const checksum = async () => {
      const r = await store.driver.executeQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r, sum(size(keys(n))) AS k");
      return r.records[0]!.toObject();
    };
    beforeAll(async () => {
      store = await Neo4jStore.connect(config);
      await store.clear();
      await store.ingest(sampleGraphs());
      app = createApp({
        store,
        logger: pino({ level: "silent" }),
        config: serverConfig({ KG_CYPHER_TIMEOUT_MS: "1500", KG_CYPHER_MAX_ROWS: "10", KG_WRITE_RATE_LIMIT: "1000" }),
      });
    });
    afterAll(async () => {
      await store.clear();
      await store.close();
    });

    it("runs a read with parameters and caps the rows", async () => {
      const res = await request(app)
        .post("/api/cypher")
        .send({ query: "MATCH (p:Province) WHERE p.country = $c RETURN p.name AS name ORDER BY name", params: { c: "LA" } })
        .expect(200);
      expect(res.body.rows.map((r: { name: string }) => r.name)).toEqual(["Hủa Phăn", "Luông Pha Băng", "Phông Sa Lỳ", "U Đôm Xay"]);
      const many = await request(app).post("/api/cypher").send({ query: "UNWIND range(1, 100) AS i RETURN i" }).expect(200);
      expect(many.body.rows).toHaveLength(10);
      expect(many.body.truncated).toBe(true);
    });

    it.each([
      "CREATE (n:Person {id: 'x', name: 'Intruder'})",
      "MERGE (n:Node {id: 'x'}) RETURN n",
      "MATCH (n:Province) SET n.name = 'X'",
      "MATCH (n:Province) DELETE n",
      "MATCH (n:Province) DETACH DELETE n",
      "MATCH (n:Province) REMOVE n.name",
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      "CALL dbms.listConfig() YIELD name RETURN name",
      "CALL db.createLabel('X')",
      "CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.y)",
      "DROP CONSTRAINT node_id",
      "USE system SHOW USERS",
      "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
      // the console decides on the plan: no spelling reaches a file, the network or another client's work
      'LOAD/**/CSV FROM "file:///etc/passwd" AS l RETURN l',
      "LOAD//x\nCSV FROM 'file:///proc/self/environ' AS l RETURN l",
      "load csv from 'http://127.0.0.1:9/x' as l return l",
      "LoAd\tCsV WITH HEADERS FROM 'file:///etc/hostname' AS l RETURN l",
      "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
      "MATCH (n:Province) CALL { WITH n LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l LIMIT 1",
      "`LOAD` CSV FROM 'file:///etc/passwd' AS l RETURN l",
      "ＬＯＡＤ CSV FROM 'file:///etc/passwd' AS l RETURN l",
      "SHOW TRANSACTIONS",
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery",
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      "SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId",
      "SHOW SETTINGS",
      "SHOW PROCEDURES",
      "SHOW DATABASES",
      "CALL db.prepareForReplanning()",
      "call DB.prepareForReplanning()",
      "CALL `db`.`prepareForReplanning`()",
      "CALL dbms.components() YIELD name RETURN name",
      "CALL db.info() YIELD id RETURN id",
      "CALL { CALL db.prepareForReplanning() } RETURN 1",
      "MATCH (n:Province) CALL { WITH n SET n.hacked = true } RETURN count(*)",
    ])("refuses %s and leaves the graph unchanged", async (query) => {
      const before = await checksum();
      const res = await request(app).post("/api/cypher").send({ query });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).detail).toMatch(/run Cypher/);
      expect(await checksum()).toEqual(before);
    });

    it.each([
      "CALL db.labels() YIELD label RETURN label ORDER BY label",
      "MATCH (n:Province) CALL { WITH n RETURN toUpper(n.name) AS up } RETURN up ORDER BY up LIMIT 3",
      "MATCH p = shortestPath((a:Province {name: 'Sơn La'})-[*..6]-(b:Province {name: 'Hủa Phăn'})) RETURN length(p) AS hops",
      "MATCH (o:Organization) OPTIONAL MATCH (o)-[r]->() RETURN o.name AS name, count(r) AS out ORDER BY out DESC LIMIT 3",
    ])("lets the read %s through", async (query) => {
      const res = await request(app).post("/api/cypher").send({ query });
      expect(res.status).toBe(200);
      expect(res.body.rows.length).toBeGreaterThan(0);
    });

    it("a memory-hungry query is stopped by the database's per-transaction limit, not by the heap", async () => {
      const t0 = Date.now();
      const res = await request(app)
        .post("/api/cypher")
        .send({ query: "UNWIND range(1, 10000) AS i UNWIND range(1, 10000) AS j WITH collect(i * j) AS l RETURN size(l) AS n" });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).detail).toMatch(/memory|time limit/i);
      expect(Date.now() - t0).toBeLessThan(30_000);
      await request(app).post("/api/cypher").send({ query: "RETURN 1 AS one" }).expect(200);
    });

    it("runs a few console queries at a time: one more is told to come back", async () => {
      const narrow = createApp({
        store,
        logger: pino({ level: "silent" }),
        config: serverConfig({ KG_CYPHER_TIMEOUT_MS: "1500", KG_CYPHER_CONCURRENCY: "1", KG_WRITE_RATE_LIMIT: "1000" }),
      });
      const server = narrow.listen(0, "127.0.0.1");
      try {
        await new Promise((r) => server.once("listening", r));
        const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
        const post = (query: string) =>
          fetch(`${base}/api/cypher`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
        const slow = post("MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = 'x' RETURN count(*) AS n");
        await new Promise((r) => setTimeout(r, 200));
        const second = await post("RETURN 1 AS one");
        expect(second.status).toBe(503);
        expect(second.headers.get("retry-after")).toBe("2");
        await slow;
        expect((await post("RETURN 1 AS one")).status).toBe(200);
      } finally {
        server.close();
      }
    });

    const consoleTransactions = async () =>
      (await store.driver.executeQuery("SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'kg-console' RETURN count(*) AS n")).records[0]!.get("n") as number;
    const untilNoConsoleTransaction = async (withinMs: number) => {
      const t0 = Date.now();
      while ((await consoleTransactions()) > 0) {
        if (Date.now() - t0 > withinMs) throw new Error(`a console transaction still runs in Neo4j after ${withinMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return Date.now() - t0;
    };

    it.each([
      // the probe's runaway: a quadratic string built in one expression ran 342 s past its 5 s limit
      ["RETURN size(reduce(s = '', x IN range(1, 3000000) | s + 'x')) AS n", /reduce\(\)/],
      ["MATCH (a), (b) WITH collect(a.name) AS l RETURN size([x IN l | [y IN l WHERE x < y | x + y]]) AS n", /inside a list comprehension/],
      ["RETURN size(range(1, 100000000)) AS n", /100,000,000 numbers/],
      ["UNWIND RANGE /* */ (1, $n) AS x RETURN count(x) AS n", /integer literals/],
      ["RETURN size(`range`(0, 0x7fffffff)) AS n", /numbers/],
    ])("refuses %s before it runs: Neo4j's time limit could not stop it", async (query, why) => {
      const t0 = Date.now();
      const res = await request(app).post("/api/cypher").send({ query, params: { n: 100000000 } });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).detail).toMatch(why);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(await consoleTransactions()).toBe(0);
    });

    it("a client that leaves stops its query in Neo4j", async () => {
      const server = app.listen(0, "127.0.0.1");
      try {
        await new Promise((r) => server.once("listening", r));
        const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
        const leave = new AbortController();
        const asked = fetch(`${base}/api/cypher`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = 'x' RETURN count(*) AS n" }),
          signal: leave.signal,
        }).catch((e: Error) => e);
        const t0 = Date.now();
        while ((await consoleTransactions()) === 0) {
          if (Date.now() - t0 > 3000) throw new Error("the console query never started");
          await new Promise((r) => setTimeout(r, 20));
        }
        leave.abort();
        expect(await asked).toHaveProperty("name", "AbortError");
        // well before its 1.5 s limit would have ended it
        expect(await untilNoConsoleTransaction(1000)).toBeLessThan(1000);
      } finally {
        server.close();
      }
    });

    it("counts console queries still running in Neo4j, from any process, before it starts another", async () => {
      const other = await Neo4jStore.connect(config); // another process's store: its own driver
      const narrow = createApp({
        store,
        logger: pino({ level: "silent" }),
        config: serverConfig({ KG_CYPHER_TIMEOUT_MS: "3000", KG_CYPHER_CONCURRENCY: "1", KG_WRITE_RATE_LIMIT: "1000" }),
      });
      try {
        const slow = other
          .cypher("MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = 'x' RETURN count(*) AS n", {}, {
            timeoutMs: 3000,
            maxRows: 10,
            maxBytes: 1 << 20,
            maxRunning: 4,
          })
          .catch((e: Error) => e);
        const t0 = Date.now();
        while ((await consoleTransactions()) === 0) {
          if (Date.now() - t0 > 3000) throw new Error("the other process's query never started");
          await new Promise((r) => setTimeout(r, 20));
        }
        const res = await request(narrow).post("/api/cypher").send({ query: "RETURN 1 AS one" });
        expect(res.status).toBe(503);
        expect(res.headers["retry-after"]).toBe("2");
        expect(JSON.parse(res.text).detail).toMatch(/1 console query is still running in Neo4j/);
        await slow;
        await untilNoConsoleTransaction(5000);
        await request(narrow).post("/api/cypher").send({ query: "RETURN 1 AS one" }).expect(200);
      } finally {
        await other.close();
      }
    });

    it("caps the answer's bytes as well as its rows", async () => {
      const tight = createApp({
        store,
        logger: pino({ level: "silent" }),
        config: serverConfig({ KG_CYPHER_MAX_BYTES: "4096", KG_CYPHER_MAX_ROWS: "100000", KG_WRITE_RATE_LIMIT: "1000" }),
      });
      const res = await request(tight).post("/api/cypher").send({ query: "MATCH (p:Province) RETURN p" }).expect(200);
      expect(res.body.truncated).toBe(true);
      expect(res.body.truncatedBy).toBe("bytes");
      expect(res.body.rows.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(JSON.stringify(res.body.rows))).toBeLessThanOrEqual(4096);
    });

    it("stops a query that runs forever at its time limit", async () => {
      const t0 = Date.now();
      const res = await request(app).post("/api/cypher").send({ query: "MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n" });
      expect([200, 400]).toContain(res.status);
      if (res.status === 400) expect(JSON.parse(res.text).detail).toMatch(/time limit|terminated|timed out/i);
      expect(Date.now() - t0).toBeLessThan(30_000);
    });
  });
});
