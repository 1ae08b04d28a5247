// `kg ingest`: articles into the graph, with a progress bar and a summary.
import { SingleBar, Presets } from "cli-progress";
import type { StoreKind } from "../graph/open-store";
import { ingestItems } from "../ingest/ingest-files";
import { expandPaths, readFileInputs } from "../ingest/read/read-inputs";
import { openFromOptions } from "./store-options";

export async function runIngest(paths: string[], opts: { store?: StoreKind; batchSize: number }): Promise<number> {
  const files = expandPaths(paths);
  const store = await openFromOptions(opts.store, true);
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "ingest [{bar}] {value}/{total} files | {eta_formatted} left", hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(files.length, 0);
  let filesDone = 0;
  try {
    const items = (function* () {
      for (const f of files) {
        yield* readFileInputs(f);
        filesDone++;
        bar?.update(filesDone);
      }
    })();
    const report = await ingestItems(store, items, { batchSize: opts.batchSize });
    bar?.stop();
    const counts = await store.counts();
    const out = [
      `store: ${store.kind}`,
      `articles: ${report.articlesNew} new, ${report.articlesUnchanged} unchanged, ${report.failed.length} failed`,
      `added: ${report.nodesAdded} nodes, ${report.relationshipsAdded} relationships`,
      `graph: ${counts.articles} articles, ${counts.nodes} nodes, ${counts.relationships} relationships`,
      ...report.failed.map((f) => `failed: ${f.error}`),
    ];
    process.stdout.write(out.join("\n") + "\n");
    return report.failed.length > 0 && report.articlesNew + report.articlesUnchanged === 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await store.close();
  }
}
