// Faults on Neo4j: kill -9 in the middle of an ingest leaves no half article (every stored Article
// has all of its facts), and running the ingest again completes it.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evidenceCap, UNCAPPED } from "../../src/graph/graph-model";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { toArticleGraph } from "../../src/ingest/ingest-files";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";
import { kgProcess, waitUntil, writeCorpus } from "../helpers/processes";

const N = 500;

describeNeo4j("Neo4j ingest under kill -9", (config) => {
  let unlock: () => Promise<void>;
  let neo: Neo4jStore;
  const corpus = writeCorpus(join(mkdtempSync(join(tmpdir(), "kg-neo-faults-")), "corpus"), N, 8);
  const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password };

  beforeAll(async () => {
    unlock = await lockNeo4j();
    neo = await Neo4jStore.connect(config);
    await neo.clear();
  });
  afterAll(async () => {
    await neo?.clear();
    await neo?.close();
    await unlock?.();
  });

  it("keeps every stored article whole, and a re-run completes the corpus", async () => {
    const p = kgProcess(["ingest", corpus, "--store", "neo4j", "--batch-size", "20"], env);
    await waitUntil(async () => (await neo.counts()).articles >= 40 || p.exitCode !== null, 180_000, "a few committed batches");
    p.kill("SIGKILL");
    await p.done;

    const stored = await neo.existingArticles(
      readdirSync(corpus).map((f) => toArticleGraph({ source: join(corpus, f), text: readFileSync(join(corpus, f), "utf8") }).articleId),
    );
    expect(stored.size).toBeGreaterThan(0);
    expect(stored.size).toBeLessThan(N);
    // every stored article has every one of its relationships, with itself as evidence (structural
    // relationships keep only their first few sentences, so for them existence is what counts)
    for (const f of readdirSync(corpus)) {
      const g = toArticleGraph({ source: join(corpus, f), text: readFileSync(join(corpus, f), "utf8") });
      if (!stored.has(g.articleId)) continue;
      const res = await neo.driver.executeQuery(
        "UNWIND $rels AS r MATCH (a:Node {id: r.from})-[x]->(b:Node {id: r.to}) WHERE type(x) = r.type AND x.key = r.key AND (size(r.evidence) = 0 OR $article IN x.evidenceArticle) RETURN count(x) AS n",
        {
          rels: g.rels.map((r) => ({
            from: r.from,
            to: r.to,
            type: r.type,
            key: r.key,
            evidence: evidenceCap(r.type) === UNCAPPED ? r.evidence.map((e) => e.article) : [],
          })),
          article: g.articleId,
        },
      );
      expect({ article: g.articleId, found: Number(res.records[0]!.get("n")) }).toEqual({ article: g.articleId, found: g.rels.length });
    }

    const again = kgProcess(["ingest", corpus, "--store", "neo4j", "--batch-size", "100"], env);
    expect(await again.done).toBe(0);
    const mem = MemoryStore.open({ file: null, write: false });
    await mem.ingest(
      readdirSync(corpus)
        .sort()
        .map((f) => toArticleGraph({ source: join(corpus, f), text: readFileSync(join(corpus, f), "utf8") })),
    );
    expect(await neo.counts()).toEqual(await mem.counts());
  }, 300_000);
});
