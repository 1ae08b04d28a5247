// Runs the server: reads the environment once, opens the store (ingesting the sample corpus into
// an empty embedded store), listens, and closes the server and the store on SIGINT/SIGTERM.
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pino } from "pino";
import { dataFileOf, defaultStoreKind, openStore, storeEnv } from "../graph/open-store";
import { CuratedStore } from "../graph/curation/curated-store";
import { noteServerUrl } from "../graph/memory/writer-lock";
import { ingestItems } from "../ingest/ingest-files";
import { readInputs } from "../ingest/read/read-inputs";
import { serverConfig } from "./config";
import { createApp } from "./create-app";
import { PROJECT_ROOT } from "../project-root";

export const SAMPLE_CORPUS = join(PROJECT_ROOT, "data", "sample", "articles");

/** What an empty store is seeded with: the sample corpus by default, the folders KG_SEED names, or nothing ("none"). */
export function seedFolders(value: string | undefined): string[] {
  if (value === undefined || value.trim() === "") return [SAMPLE_CORPUS];
  if (value.trim().toLowerCase() === "none") return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

async function main(): Promise<void> {
  const config = serverConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const env = storeEnv();
  const kind = defaultStoreKind(env);
  const store = await openStore(kind, env, { write: true });
  for (const notice of store.notices ?? []) logger.warn(notice);
  // a rebuild cut short by an earlier process (kill -9, an outage) is completed before serving
  if (store instanceof CuratedStore) {
    const completed = await store.completeInterruptedRebuild();
    if (completed) logger.warn(completed);
  }
  // a first start on an empty store (embedded or Neo4j) loads the seed once: the sample corpus,
  // or the folders KG_SEED names (comma-separated); KG_SEED=none leaves the store empty
  const seed = seedFolders(process.env.KG_SEED);
  if (seed.length && (await store.counts()).articles === 0) {
    const report = await ingestItems(store, readInputs(seed));
    logger.info({ ...report, seed }, `ingested ${report.articlesNew} article(s) into the empty ${kind} store (KG_SEED=none to start empty)`);
  }
  const app = createApp({ store, logger, config });
  const server = app.listen(config.PORT, config.HOST, () => {
    // `kg curate` run beside the server sends its correction here (the server is the only writer)
    if (kind === "memory") {
      const port = (server.address() as AddressInfo).port;
      const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
      noteServerUrl(dataFileOf(env), `http://${host.includes(":") ? `[${host}]` : host}:${port}`);
    }
    logger.info(`serving the ${kind} store on http://${config.HOST}:${config.PORT} (explorer at /, API docs at /api/docs)`);
  });
  server.on("error", (e) => {
    logger.fatal(`listen on ${config.HOST}:${config.PORT}: ${e.message}`);
    process.exit(1);
  });
  const stop = (signal: string) => {
    logger.info(`${signal}: closing`);
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  process.stderr.write(`kg server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
