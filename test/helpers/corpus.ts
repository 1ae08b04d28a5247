// The sample corpus and generated corpora as article graphs ready to ingest.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCorpus } from "../../src/corpus/generate-corpus";
import type { ArticleGraph } from "../../src/graph/graph-model";
import { toArticleGraph } from "../../src/ingest/ingest-files";
import { SAMPLE } from "./gold";

export function sampleGraphs(): ArticleGraph[] {
  return readdirSync(SAMPLE)
    .sort()
    .map((f) => toArticleGraph({ source: `data/sample/articles/${f}`, text: readFileSync(join(SAMPLE, f), "utf8") }));
}

export function generatedGraphs(count: number, seed: number): ArticleGraph[] {
  return [...generateCorpus(count, seed)].map((a) => toArticleGraph(a));
}

/** The 75 development articles of the genre (test/fixtures/dev-corpus), as article graphs. */
export const DEV_CORPUS = join(__dirname, "..", "fixtures", "dev-corpus", "articles");
export function devGraphs(): ArticleGraph[] {
  return readdirSync(DEV_CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => toArticleGraph({ source: `test/fixtures/dev-corpus/articles/${f}`, text: readFileSync(join(DEV_CORPUS, f), "utf8") }));
}
