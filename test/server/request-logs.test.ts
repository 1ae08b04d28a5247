// Request logs: one line per request with what was asked and how it ended; never the bearer token
// or other headers.
import { Writable } from "node:stream";
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { sampleGraphs } from "../helpers/corpus";

test("a logged request shows method, url and status, not the token", async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const store = MemoryStore.open({ file: null, write: false });
  await store.ingest(sampleGraphs());
  const app = createApp({ store, logger: pino({ level: "info" }, sink), config: serverConfig({ KG_API_TOKEN: "s3cret-token" }) });
  await request(app).get("/api/queries/partners?province=son%20la").set("Authorization", "Bearer s3cret-token").set("Cookie", "sid=abc").expect(200);
  await request(app)
    .post("/api/articles")
    .set("Authorization", "Bearer s3cret-token")
    .send({ text: "Ngày 1/2/2023, Ban Tuyên giáo Tỉnh ủy Cao Bằng tổ chức hội nghị." })
    .expect(201);
  const logged = lines.map((l) => JSON.parse(l) as { req?: { method: string; url: string }; res?: { statusCode: number } });
  const requests = logged.filter((l) => l.req);
  expect(requests.map((l) => [l.req!.method, l.req!.url, l.res!.statusCode])).toEqual([
    ["GET", "/api/queries/partners?province=son%20la", 200],
    ["POST", "/api/articles", 201],
  ]);
  const all = lines.join("\n");
  expect(all).not.toContain("s3cret-token");
  expect(all).not.toContain("sid=abc");
});
