// One ingest measurement in a fresh process, so that peak memory is this size's alone:
// generate N articles, extract them, write them to a store, then re-ingest them unchanged.
// Usage: tsx bench/ingest-child.ts N memory|neo4j  → one JSON line on stdout.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../src/corpus/generate-corpus";
import { MemoryStore } from "../src/graph/memory/memory-store";
import { Neo4jStore } from "../src/graph/neo4j/neo4j-store";
import type { ArticleGraph } from "../src/graph/graph-model";
import type { GraphStore } from "../src/graph/store";
import { CuratedStore } from "../src/graph/curation/curated-store";
import { toArticleGraph } from "../src/ingest/ingest-files";
import { peakRssMb, round } from "./measure";

async function main(): Promise<void> {
  const n = Number(process.argv[2]);
  const kind = process.argv[3] as "memory" | "neo4j";
  const file = join(mkdtempSync(join(tmpdir(), "kg-bench-")), "graph.json");
  const raw: GraphStore =
    kind === "memory"
      ? MemoryStore.open({ file, write: true })
      : await Neo4jStore.connect({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "password" });
  // what `kg ingest` writes through: the identity pass, the curations and the extracted facts kept
  const store = new CuratedStore(raw, { file: join(file, "..", "curations.jsonl"), user: "bench" });
  await store.clear();
  const BATCH = kind === "memory" ? 5000 : 500;
  let extractMs = 0,
    writeMs = 0,
    bytes = 0;
  const graphs: ArticleGraph[] = [];
  let batch: ArticleGraph[] = [];
  const t0 = performance.now();
  for (const a of generateCorpus(n, 1234)) {
    bytes += Buffer.byteLength(a.text);
    const e0 = performance.now();
    const g = toArticleGraph(a);
    extractMs += performance.now() - e0;
    batch.push(g);
    if (n <= 10_000) graphs.push(g);
    if (batch.length >= BATCH) {
      const w0 = performance.now();
      await store.ingest(batch);
      writeMs += performance.now() - w0;
      batch = [];
    }
  }
  if (batch.length) {
    const w0 = performance.now();
    await store.ingest(batch);
    writeMs += performance.now() - w0;
  }
  const totalMs = performance.now() - t0;
  const counts = await store.counts();
  // re-ingest of the unchanged corpus (kept in memory up to 10k)
  let reingest: { ms: number; writes: number; fileRewritten: boolean } | null = null;
  if (graphs.length) {
    const mtime = kind === "memory" ? statSync(file).mtimeMs : 0;
    const r0 = performance.now();
    let writes = 0;
    for (let i = 0; i < graphs.length; i += BATCH) {
      const s = await store.ingest(graphs.slice(i, i + BATCH));
      writes += s.nodesAdded + s.relationshipsAdded + s.articlesNew;
    }
    reingest = { ms: round(performance.now() - r0), writes, fileRewritten: kind === "memory" ? statSync(file).mtimeMs !== mtime : false };
  }
  await store.clear();
  await store.close();
  process.stdout.write(
    JSON.stringify({
      n,
      kind,
      totalMs: round(totalMs),
      extractMs: round(extractMs),
      writeMs: round(writeMs),
      avgBytes: round(bytes / n),
      counts,
      peakRssMb: round(peakRssMb()),
      reingest,
    }) + "\n",
  );
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e) + "\n");
  process.exit(1);
});
