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
