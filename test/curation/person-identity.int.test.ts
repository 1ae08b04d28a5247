// The identity pass on the real Neo4j: the same people, ids, aliases and search words as on the
// embedded store, whether the articles come one at a time (looked up in Neo4j) or are rebuilt.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore } from "../../src/graph/neo4j/neo4j-store";
import { identityArticles, peopleOf } from "../helpers/identity-articles";
import { describeNeo4j, lockNeo4j } from "../helpers/neo4j";

describeNeo4j("people across articles on Neo4j", (config) => {
  let unlock: (() => Promise<void>) | undefined;
  let neo: CuratedStore;
  let dir: string;
  beforeAll(async () => {
    unlock = await lockNeo4j();
    dir = mkdtempSync(join(tmpdir(), "kg-id-neo-"));
    const raw = await Neo4jStore.connect(config);
    await raw.clear();
    neo = new CuratedStore(raw, { file: join(dir, "c.jsonl"), user: "t" });
  }, 120_000);
  afterAll(async () => {
    await neo?.clear();
    await neo?.close();
    rmSync(dir, { recursive: true, force: true });
    await unlock?.();
  });

  it("joins and tells apart the same people as the embedded store, one article at a time and rebuilt", async () => {
    const mem = new CuratedStore(MemoryStore.open({ file: null, write: true }), { file: join(dir, "c.jsonl"), user: "t" });
    await mem.ingest(identityArticles());
    for (const a of identityArticles()) await neo.ingest([a]);
    expect(await neo.dump()).toEqual(await mem.dump());
    expect((await peopleOf(neo)).map((p) => p.id)).toEqual(expect.arrayContaining(["person:vanxayphongsavan", "person:bunmiphonxay~kh"]));
    await neo.rebuild();
    expect(await neo.dump()).toEqual(await mem.dump());
  }, 120_000);
});
