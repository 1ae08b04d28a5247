// Reads, extracts and writes articles into a store in batches; a failing article never stops the
// batch, and each batch is written whole or not at all.
import { isAbsolute, relative, sep } from "node:path";
import { addSummary, type GraphStore, type IngestSummary } from "../graph/store";
import { articleGraph } from "../graph/graph-batch";
import type { ArticleGraph } from "../graph/graph-model";
import { UnreadableInputError } from "../graph/errors";
import { extractWithText } from "./extract";
import type { ArticleInput } from "./article-text";
import type { InputItem } from "./read/read-inputs";

export interface IngestReport extends IngestSummary {
  failed: Array<{ source: string; error: string }>;
}

/**
 * How a file is named in the graph, which the API shows to anyone: relative to the working folder
 * when it lies under it ("data/sample/articles/a.txt"), else its folder and name ("news/a.txt");
 * never the machine's absolute path. Other sources (URLs, "api:1") are kept as they are.
 */
export function storedSource(source: string): string {
  if (!isAbsolute(source)) return source;
  const rel = relative(process.cwd(), source);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return source.split(/[\\/]+/u).filter(Boolean).slice(-2).join("/");
}

export function toArticleGraph(input: ArticleInput): ArticleGraph {
  const doc = extractWithText(input);
  // only invisible or control characters (zero-width spaces, joiners, NULs) is no article
  if (!/[\p{L}\p{N}]/u.test(doc.article.text ?? ""))
    throw new UnreadableInputError(`read the article ${input.source}: it holds no text once invisible and control characters are removed`);
  return articleGraph(doc, doc.article.text ?? "");
}

export async function ingestItems(
  store: GraphStore,
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  opts: { batchSize?: number; onProgress?: (done: number, report: IngestReport) => void } = {},
): Promise<IngestReport> {
  const batchSize = opts.batchSize ?? 200;
  const report: IngestReport = { articlesNew: 0, articlesUnchanged: 0, nodesAdded: 0, relationshipsAdded: 0, failed: [] };
  let batch: ArticleGraph[] = [];
  let done = 0;
  const flush = async () => {
    if (!batch.length) return;
    addSummary(report, await store.ingest(batch));
    done += batch.length;
    batch = [];
    opts.onProgress?.(done + report.failed.length, report);
  };
  for await (const item of items) {
    if (!item.ok) {
      report.failed.push({ source: item.source, error: item.error });
      continue;
    }
    try {
      batch.push(toArticleGraph({ ...item.input, source: storedSource(item.input.source) }));
    } catch (e) {
      report.failed.push({ source: item.input.source, error: `extract ${item.input.source}: ${(e as Error).message}` });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return report;
}
