// Extraction runs off the request thread: while a 2 MB article is read, the server answers health
// checks; an article over its time limit fails alone and the others of its batch are stored.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { SAMPLE } from "../helpers/gold";

const sample = readdirSync(SAMPLE)
  .sort()
  .map((f) => readFileSync(join(SAMPLE, f), "utf8"));
/** About `bytes` of real article text, paragraphs repeated. */
const bigArticle = (bytes: number) => {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = sample[i % sample.length]!;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
};

function serve(env: Record<string, string>): Promise<{ base: string; server: Server }> {
  const app = createApp({ store: MemoryStore.open({ file: null, write: true }), logger: pino({ level: "silent" }), config: serverConfig(env) });
  return new Promise((resolve) => {
    const server = app.listen(0, "127.0.0.1", () => resolve({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }));
  });
}

describe("extraction off the request thread", () => {
  it("answers health while a 2 MB article is extracted", async () => {
    const { base, server } = await serve({});
    try {
      const order: string[] = [];
      const posting = fetch(`${base}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: bigArticle(1_900_000) }),
      }).then(async (r) => {
        order.push(`post ${r.status}`);
        return r.json();
      });
      await new Promise((r) => setTimeout(r, 150)); // the body is read and handed to a worker
      const health = await fetch(`${base}/api/health`);
      order.push(`health ${health.status}`);
      const posted = (await posting) as { articlesNew: number };
      expect(order).toEqual(["health 200", "post 201"]);
      expect(posted.articlesNew).toBe(1);
    } finally {
      server.close();
    }
  }, 60_000);

  it("an article over its time limit fails alone; the others of the batch are stored", async () => {
    const { base, server } = await serve({ KG_EXTRACT_TIMEOUT_MS: "100" });
    try {
      const res = await fetch(`${base}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify([
          { text: sample[0], source: "small" },
          { text: bigArticle(1_900_000), source: "huge" },
        ]),
      });
      const body = (await res.json()) as { articlesNew: number; failed: Array<{ source: string; error: string }> };
      expect(res.status).toBe(201);
      expect(body.articlesNew).toBe(1);
      expect(body.failed).toEqual([{ index: 1, source: "huge", error: expect.stringMatching(/stopped after the 100 ms limit/) }]);
    } finally {
      server.close();
    }
  }, 60_000);
});
