// The production start, as the Docker image runs it, without Docker: `npm run build` compiles the
// server to dist/, `node dist/src/server/main.js` starts it against a real Neo4j whose database is
// empty, and the first start loads the sample corpus once (found in /api/queries/stats); a second
// start adds nothing; KG_SEED=none leaves an empty database empty.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { freePort, waitUntil } from "../helpers/processes";

const root = join(__dirname, "..", "..");

describeNeo4j("the production build on an empty Neo4j", (config) => {
  let unlock: () => Promise<void>;
  let store: Neo4jStore;
  beforeAll(async () => {
    unlock = await lockNeo4j();
    store = await Neo4jStore.connect(config);
    await store.clear();
    // the server's bundle (the explorer's is built by the browser tests, which must not race a rebuild of it)
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), "--no-web"], { cwd: root, stdio: "ignore" });
  }, 300_000);
  afterAll(async () => {
    await store.clear();
    await store.close();
    await unlock();
  });

  /** Starts node dist/src/server/main.js, returns the articles /api/queries/stats counts and the log. */
  async function startOnce(env: NodeJS.ProcessEnv = {}): Promise<{ articles: number; log: string }> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, "dist", "src", "server", "main.js")], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEO4J_URI: config.uri,
        NEO4J_USER: config.user,
        NEO4J_PASSWORD: config.password,
        PORT: String(port),
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    const exited = new Promise<void>((r) => child.on("exit", () => r()));
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitUntil(async () => (await fetch(`${base}/api/health`).catch(() => null))?.ok ?? false, 60_000, `the compiled server to answer (${log.slice(-500)})`);
      const stats = (await (await fetch(`${base}/api/queries/stats`)).json()) as { rows: Array<{ kind: string; type: string; count: number }> };
      return { articles: stats.rows.find((r) => r.kind === "node" && r.type === "Article")?.count ?? 0, log };
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  }

  it("loads the sample corpus into the empty database on its first start, and only then", async () => {
    const first = await startOnce();
    expect(first.articles).toBe(5);
    expect(first.log).toMatch(/ingested 5 article\(s\) into the empty neo4j store/);
    const second = await startOnce();
    expect(second.articles).toBe(5);
    expect(second.log).not.toMatch(/ingested \d+ article/);
  }, 180_000);

  it("is what the Dockerfile runs: its CMD, and every file it copies from the checkout exists", () => {
    const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
    expect(dockerfile).toContain('CMD ["node", "dist/src/server/main.js"]');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(copied.length).toBeGreaterThan(5);
    for (const path of copied) expect([path, existsSync(join(root, path))]).toEqual([path, true]);
    const ignored = readFileSync(join(root, ".dockerignore"), "utf8").split("\n").map((l) => l.trim());
    for (const path of copied) expect(ignored).not.toContain(path);
  });

  it("leaves an empty database empty with KG_SEED=none", async () => {
    await store.clear();
    expect((await startOnce({ KG_SEED: "none" })).articles).toBe(0);
  }, 120_000);
});
