// `npm run load [-- SECONDS]`: sustained load on the server in its own process, on a generated
// 10k-article graph: 50 connections over a mix of search, partners, entity and graph requests,
// on the embedded store and (with NEO4J_URI) on Neo4j. Figures: requests, errors, p99, and the
// server's resident memory before and after.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { generateCorpus } from "../src/corpus/generate-corpus";
import { MemoryStore } from "../src/graph/memory/memory-store";
import { Neo4jStore } from "../src/graph/neo4j/neo4j-store";
import type { GraphStore } from "../src/graph/store";
import { toArticleGraph } from "../src/ingest/ingest-files";
import { round } from "./measure";
import { withServer } from "./server-process";

const seconds = Number(process.argv[2] ?? 60);
/**
 * Resident memory may grow by this much during a run, by design: kept bodies and their gzipped
 * copies (64 MB), the store's answer cache (256 answers), bodies queued on 50 slow sockets (50 ×
 * 2 MB) and V8's heap settling under load. More than this, or memory still rising in the last
 * third of the run, is reported as growth.
 */
const MARGIN_MB = 256;
const ARTICLES = Number(process.env.KG_LOAD_ARTICLES ?? 10_000);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

async function fill(store: GraphStore): Promise<void> {
  await store.clear();
  let batch = [];
  for (const a of generateCorpus(ARTICLES, 1234)) {
    batch.push(toArticleGraph(a));
    if (batch.length === 1000) {
      await store.ingest(batch);
      batch = [];
    }
  }
  if (batch.length) await store.ingest(batch);
}

async function run(label: string, env: Record<string, string>): Promise<string> {
  return withServer(env, async (base, child) => {
    const entity =
      ((await (await fetch(base + "/api/search?q=ban%20tuyen%20giao&label=Organization")).json()) as { results: Array<{ id: string }> }).results[0]?.id ??
      "province:vn-son-la";
    await fetch(base + "/api/graph"); // warm
    const before = rssMb(child.pid!);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(child.pid!)), 1000);
    const r = await autocannon({
      url: base,
      connections: 50,
      duration: seconds,
      headers: { "accept-encoding": "gzip" }, // as browsers ask
      requests: [
        { method: "GET", path: "/api/search?q=son%20la" },
        { method: "GET", path: "/api/queries/partners?province=Son%20La" },
        { method: "GET", path: "/api/search?q=Luang%20Prabang" },
        { method: "GET", path: `/api/entities/${encodeURIComponent(entity)}` },
        { method: "GET", path: "/api/queries/partners?province=%C4%90i%E1%BB%87n%20Bi%C3%AAn&country=LA" },
        { method: "GET", path: "/api/graph?limit=300" },
      ],
    });
    clearInterval(sampler);
    const after = rssMb(child.pid!);
    const peak = Math.max(before, after, ...samples);
    // levelling off: the last third of the run against the middle third
    const third = Math.floor(samples.length / 3);
    const mid = Math.max(...samples.slice(third, 2 * third), 0);
    const late = Math.max(...samples.slice(2 * third), 0);
    const growth = after - before;
    return `| ${label} | ${seconds} s | ${r.requests.total} | ${round(r.requests.average)} | ${r.errors + r.non2xx} (${r.timeouts} timeouts) | ${r.latency.p50} ms | ${r.latency.p99} ms | ${round(before)} MB | ${round(after)} MB | ${round(peak)} MB | ${round(mid)} → ${round(late)} MB | ${growth <= MARGIN_MB && late <= mid * 1.05 ? "within" : "BEYOND"} ${MARGIN_MB} MB, levelled off: ${late <= mid * 1.05 ? "yes" : "NO"} |`;
  });
}

async function main(): Promise<void> {
  const lines = [
    "| store | duration | requests | req/s | errors | p50 | p99 | RSS before | RSS after | RSS peak | peak, middle → last third | growth |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  const file = join(mkdtempSync(join(tmpdir(), "kg-load-")), "graph.json");
  const mem = MemoryStore.open({ file, write: true });
  await fill(mem);
  await mem.close();
  lines.push(await run(`embedded, ${ARTICLES / 1000}k articles`, { KG_DATA: file, NEO4J_URI: "" }));
  if (process.env.NEO4J_URI) {
    const neo = await Neo4jStore.connect({
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "password",
    });
    await fill(neo);
    lines.push(await run(`Neo4j, ${ARTICLES / 1000}k articles`, { NEO4J_URI: process.env.NEO4J_URI }));
    await neo.clear();
    await neo.close();
  }
  process.stdout.write(lines.join("\n") + "\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`load: ${String((e as Error).stack ?? e)}\n`);
  process.exit(1);
});
