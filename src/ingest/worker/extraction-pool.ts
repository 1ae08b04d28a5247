// Extraction off the request thread: a small pool of worker threads (Piscina) runs the extractor,
// each article with a time limit. An article over its limit fails alone (its worker is stopped and
// replaced); the server keeps answering health checks and reads while a long article is read.
import { join } from "node:path";
import { availableParallelism } from "node:os";
import Piscina from "piscina";
import { ExtractionTimeoutError } from "../../graph/errors";
import type { ArticleGraph } from "../../graph/graph-model";
import type { ArticleInput } from "../article-text";

export interface ExtractionPoolOptions {
  /** Worker threads at most (default: the cores but one, at least one). */
  threads?: number;
  /** Time limit per article, in milliseconds. */
  timeoutMs: number;
}

const WARM_UP: ArticleInput = { source: "warm-up", text: "Ngày 4/6/2019, Ban Tuyên giáo Tỉnh ủy Sơn La làm việc với Ban Tuyên huấn tỉnh Hủa Phăn." };

export class ExtractionPool {
  private readonly pool: Piscina;
  private readonly timeoutMs: number;
  /** Every thread started and its extractor loaded: the time limit then counts extraction only. */
  private readonly ready: Promise<void>;

  constructor(opts: ExtractionPoolOptions) {
    this.timeoutMs = opts.timeoutMs;
    const threads = opts.threads ?? Math.max(1, availableParallelism() - 1);
    this.pool = new Piscina({ filename: join(__dirname, "extract-worker.cjs"), minThreads: threads, maxThreads: threads, idleTimeout: Infinity });
    // one warm-up article per thread, at once: each lands on its own thread
    this.ready = Promise.all(Array.from({ length: threads }, () => this.pool.run(WARM_UP))).then(() => undefined);
    this.ready.catch(() => undefined); // reported by the first real task
  }

  /** The article's graph, extracted in a worker; ExtractionTimeoutError past the time limit. */
  async toArticleGraph(input: ArticleInput): Promise<ArticleGraph> {
    await this.ready;
    try {
      return (await this.pool.run(input, { signal: AbortSignal.timeout(this.timeoutMs) })) as ArticleGraph;
    } catch (e) {
      const name = (e as Error).name;
      if (name === "AbortError" || name === "TimeoutError")
        throw new ExtractionTimeoutError(
          `extract the article ${input.source}: stopped after the ${this.timeoutMs} ms limit (${Buffer.byteLength(input.text)} bytes); the other articles are not affected`,
        );
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.pool.close({ force: true });
  }
}
