// The OpenAPI document validates and lists every route the app serves under /api.
import SwaggerParser from "@apidevtools/swagger-parser";
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";

const app = createApp({ store: MemoryStore.open({ file: null, write: false }), logger: pino({ level: "silent" }), config: serverConfig({}) });

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function routes(stack: Layer[]): string[] {
  const out: string[] = [];
  for (const l of stack) {
    if (l.route) for (const m of Object.keys(l.route.methods)) out.push(`${m.toUpperCase()} ${l.route.path.replace(/:(\w+)/g, "{$1}")}`);
    else if (l.handle?.stack) out.push(...routes(l.handle.stack));
  }
  return out;
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const res = await request(app).get("/api/openapi.json").expect(200);
    const doc = res.body;
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
  });

  it("lists every /api route that exists", async () => {
    const doc = (await request(app).get("/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
    const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
    const served = routes(stack).filter((r) => r.split(" ")[1]!.startsWith("/api/"));
    expect(served.length).toBeGreaterThanOrEqual(10);
    for (const r of served) {
      const [method, path] = r.split(" ") as [string, string];
      expect({ route: r, documented: !!doc.paths[path]?.[method.toLowerCase()] }).toEqual({ route: r, documented: true });
    }
  });

  it("renders a documentation page", async () => {
    const res = await request(app).get("/api/docs/").expect(200);
    expect(res.text).toMatch(/swagger/i);
  });
});
