// Answers kept until the next write on the embedded store: the same bytes again, 304 for a client
// that has them, gzip for one that accepts it, and never an answer older than the last write.
import { gunzipSync } from "node:zlib";
import express, { type Express } from "express";
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import type { GraphStore } from "../../src/graph/store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { responseCache } from "../../src/server/response-cache";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

describe("kept answers on the embedded store", () => {
  let store: MemoryStore;
  let app: Express;
  beforeAll(async () => {
    store = MemoryStore.open({ file: null, write: false });
    await store.ingest([...sampleGraphs(), ...generatedGraphs(60, 5)]);
    app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({ KG_API_TOKEN: "s3cret" }) });
  });

  test("the same bytes and ETag again; 304 when the client has them", async () => {
    const first = await request(app).get("/api/graph").set("Accept-Encoding", "identity").expect(200);
    const again = await request(app).get("/api/graph").set("Accept-Encoding", "identity").expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(JSON.parse(first.text).nodes.length).toBeGreaterThan(50);
    await request(app).get("/api/graph").set("If-None-Match", first.headers.etag!).expect(304);
    expect(again.headers["x-content-type-options"]).toBe("nosniff"); // security headers on kept answers too
  });

  test("gzip for clients that accept it, the same JSON once unpacked", async () => {
    const plain = await request(app).get("/api/queries/timeline").set("Accept-Encoding", "identity").expect(200);
    const packed = await request(app)
      .get("/api/queries/timeline")
      .set("Accept-Encoding", "gzip, deflate")
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(packed.headers["content-encoding"]).toBe("gzip");
    expect(packed.headers.vary).toMatch(/Accept-Encoding/);
    const body = packed.body as Buffer;
    // supertest may or may not unpack; compare the JSON either way
    const text = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body).toString("utf8") : body.toString("utf8");
    expect(JSON.parse(text)).toEqual(JSON.parse(plain.text));
  });

  test("a write makes every kept answer stale", async () => {
    const before = await request(app).get("/api/queries/partners").query({ province: "Quảng Trị" }).expect(200);
    const stats = await request(app).get("/api/queries/stats").expect(200);
    const article = {
      text: "Ngày 12/4/2024, tại thành phố Huế, Ban Tuyên giáo Thành ủy Huế và Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức ký kết chương trình phối hợp công tác tuyên giáo giai đoạn 2025 - 2030.",
      title: "Huế và Quảng Trị ký kết",
    };
    await request(app).post("/api/articles").set("Authorization", "Bearer s3cret").send(article).expect(201);
    const after = await request(app).get("/api/queries/partners").query({ province: "Quảng Trị" }).expect(200);
    expect(after.body.rows.length).toBe(before.body.rows.length + 1);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const stats2 = await request(app).get("/api/queries/stats").expect(200);
    expect(stats2.text).not.toBe(stats.text);
  });

  test("errors are not kept", async () => {
    const a = await request(app).get("/api/queries/partners").query({ province: "Atlantis" }).expect(404);
    const b = await request(app).get("/api/queries/partners").query({ province: "Atlantis" }).expect(404);
    // kept answers carry a strong ETag; a problem gets at most Express's weak one
    for (const r of [a, b]) expect(r.headers.etag ?? "W/").toMatch(/^W\//);
    expect(JSON.parse(b.text).status).toBe(404);
  });
});

describe("shared answers on a store that others may write (as Neo4j)", () => {
  // the embedded store, seen through a wrapper that, like Neo4j, cannot say when it was last
  // written, and that counts the queries it runs (each takes 30 ms, as a busy database would)
  let runs: string[];
  let app: Express;
  beforeAll(async () => {
    const inner = MemoryStore.open({ file: null, write: false });
    await inner.ingest(sampleGraphs());
    runs = [];
    const store: GraphStore = Object.assign(Object.create(inner) as MemoryStore, {
      revision: () => null,
      run: async (name: string, params: Record<string, unknown>) => {
        runs.push(name);
        await new Promise((r) => setTimeout(r, 30));
        return inner.run(name, params);
      },
    });
    app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
  });

  test("identical requests at once run the query once and get the same answer", async () => {
    runs.length = 0;
    const answers = await Promise.all(Array.from({ length: 12 }, () => request(app).get("/api/queries/partners?province=son%20la").expect(200)));
    expect(runs.filter((r) => r === "partners")).toHaveLength(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0]!.body.rows[0].partnerProvince).toBe("Hủa Phăn");
  });

  test("nothing is kept once answered: the next request asks the database again", async () => {
    runs.length = 0;
    await request(app).get("/api/queries/timeline").expect(200);
    await request(app).get("/api/queries/timeline").expect(200);
    expect(runs.filter((r) => r === "timeline")).toHaveLength(2);
  });

  test("a failed answer is not shared: each waiting request answers for itself", async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => request(app).get("/api/queries/partners?province=Atlantis")));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
  });
});

describe("the limits of kept bodies", () => {
  test("a body over the entry limit is sent whole but not kept; the oldest go first past the total", async () => {
    const store = MemoryStore.open({ file: null, write: false });
    const calls = new Map<string, number>();
    const app = express();
    app.use(responseCache(store, { maxBytes: 1000, maxEntryBytes: 600 }));
    app.get("/size/:n", (req, res) => {
      calls.set(req.params.n, (calls.get(req.params.n) ?? 0) + 1);
      res.type("text/plain").send("x".repeat(Number(req.params.n)));
    });
    const big = await request(app).get("/size/700").expect(200);
    expect(big.text).toHaveLength(700);
    await request(app).get("/size/700").expect(200);
    expect(calls.get("700")).toBe(2); // not kept
    for (const n of ["400", "401", "402"]) await request(app).get(`/size/${n}`).expect(200);
    await request(app).get("/size/402").expect(200); // kept
    await request(app).get("/size/400").expect(200); // pushed out by 401 and 402
    expect([calls.get("400"), calls.get("401"), calls.get("402")]).toEqual([2, 1, 1]);
  });
});
