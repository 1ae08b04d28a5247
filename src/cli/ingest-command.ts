// `kg ingest`: articles into the graph (files, folders, web pages and feeds), with a progress bar
// and a summary.
import { SingleBar, Presets } from "cli-progress";
import type { StoreKind } from "../graph/open-store";
import { ingestItems } from "../ingest/ingest-files";
import { expandPaths, readFileInputs, type InputItem } from "../ingest/read/read-inputs";
import { fetcherFromEnv } from "../ingest/web/fetcher-from-env";
import { feedPages, readPage } from "../ingest/web/read-web";
import { openFromOptions } from "./store-options";

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function runIngest(args: string[], opts: { store?: StoreKind; batchSize: number; feed?: string[] }): Promise<number> {
  const urls = args.filter(isUrl);
  const files = expandPaths(args.filter((a) => !isUrl(a)));
  const fetcher = urls.length || opts.feed?.length ? fetcherFromEnv(process.env, true) : null;
  // the feeds first: their items are pages to read, with the feed's title and date to fall back on
  const feedErrors: InputItem[] = [];
  const fromFeeds: Array<{ url: string; title: string | null; date: string | null }> = [];
  for (const feed of opts.feed ?? []) {
    const got = await feedPages(fetcher!, feed);
    if (got.error) feedErrors.push({ ok: false, source: feed, error: got.error });
    fromFeeds.push(...got.items);
  }
  const pages = [...urls.map((url) => ({ url, title: null, date: null })), ...fromFeeds];
  const store = await openFromOptions(opts.store, true);
  const total = files.length + pages.length;
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "ingest [{bar}] {value}/{total} files and pages | {eta_formatted} left", hideCursor: true }, Presets.shades_classic)
    : null;
  bar?.start(total, 0);
  let done = 0;
  try {
    const items = (async function* () {
      yield* feedErrors;
      for (const f of files) {
        yield* readFileInputs(f);
        bar?.update(++done);
      }
      for (const p of pages) {
        yield await readPage(fetcher!, p.url, p);
        bar?.update(++done);
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
