// `npm start` as a new user runs it: an empty embedded store gets the sample corpus, the API and
// the page answer on one port, and SIGTERM closes cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<Response> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe("the server as npm start runs it", () => {
  let child: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    const data = join(mkdtempSync(join(tmpdir(), "kg-start-")), "graph.json");
    child = spawn(join(root, "node_modules", ".bin", "tsx"), [join(root, "src/server/main.ts")], {
      cwd: root,
      env: { ...process.env, PORT: String(port), KG_DATA: data, NEO4J_URI: "", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    await waitFor(`http://127.0.0.1:${port}/api/health`, 30_000);
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("ingests the sample corpus into the empty embedded store", async () => {
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { store: string; counts: { articles: number } };
    expect(health).toMatchObject({ store: "memory", counts: { articles: 5 } });
  });

  it("serves the page and the API on one port", async () => {
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/html/);
    const partners = (await (await fetch(`http://127.0.0.1:${port}/api/queries/partners?province=son%20la&country=LA`)).json()) as {
      rows: Array<{ partnerProvince: string }>;
    };
    expect(partners.rows[0]?.partnerProvince).toBe("Hủa Phăn");
  });

  it("closes on SIGTERM with exit code 0", async () => {
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
