// One contract suite for both stores (graphology's specs pattern): written once, run against the
// embedded store and the real Neo4j.
import type { GraphStore } from "../../src/graph/store";
import { getQuery, prepareParams } from "../../src/graph/queries/catalogue";
import { toArticleGraph } from "../../src/ingest/ingest-files";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

export function storeContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`${name} store contract`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      await store.clear();
    });
    afterAll(async () => {
      await store.clear();
      await store.close();
    });

    it("ingests the sample corpus, and a second ingest changes no count", async () => {
      const first = await store.ingest(sampleGraphs());
      expect(first.articlesNew).toBe(5);
      const before = await store.counts();
      const again = await store.ingest(sampleGraphs());
      expect(again).toEqual({ articlesNew: 0, articlesUnchanged: 5, nodesAdded: 0, relationshipsAdded: 0 });
      expect(await store.counts()).toEqual(before);
      expect(before.articles).toBe(5);
    });

    it("answers the analysts' question: Sơn La's Lao partner is Hủa Phăn, with the sentence", async () => {
      for (const province of ["Sơn La", "son la", "SON LA"]) {
        const rows = await store.run("partners", prepareParams(getQuery("partners"), { province, country: "LA" }));
        expect(rows.map((r) => r.partnerProvince)).toEqual(["Hủa Phăn"]);
        expect((rows[0]?.quotes as string[])[0]).toContain("ký kết biên bản ghi nhớ");
        expect(rows[0]?.document).toBe("mou");
      }
    });

    it("finds a province under every spelling", async () => {
      for (const q of ["Son La", "sơn la"]) {
        const rows = await store.run("search", prepareParams(getQuery("search"), { q }));
        expect(rows[0]).toMatchObject({ id: "province:vn-son-la", rank: 0 });
      }
      for (const q of ["Luang Prabang", "LuôngPhraBăng", "Luông Pha Bang"]) {
        const rows = await store.run("search", prepareParams(getQuery("search"), { q }));
        expect(rows[0]).toMatchObject({ id: "province:la-luang-prabang" });
      }
    });

    it("lists the three Điện Biên memoranda of June 2019", async () => {
      const rows = await store.run(
        "partners",
        prepareParams(getQuery("partners"), { province: "Điện Biên", document: "mou", yearFrom: "2019", yearTo: "2019" }),
      );
      expect(rows.map((r) => r.partnerProvince).sort()).toEqual(["Luông Pha Băng", "Phông Sa Lỳ", "U Đôm Xay"]);
      expect(rows.every((r) => r.date === "2019-06-04")).toBe(true);
    });

    it("keeps counts stable when a generated corpus is ingested twice", async () => {
      const generated = generatedGraphs(60, 11);
      await store.ingest(generated);
      const c1 = await store.counts();
      await store.ingest(generated);
      expect(await store.counts()).toEqual(c1);
      expect(c1.articles).toBe(65);
    });

    it("keeps a few sentences on structural relationships and every sentence on event ones", async () => {
      const rels = await store.run("relations", prepareParams(getQuery("relations"), { id: "org:propaganda:vn-son-la" }));
      const basedIn = rels.find((r) => r.type === "BASED_IN");
      expect((basedIn?.quotes as string[]).length).toBeLessThanOrEqual(5);
      expect((basedIn?.quotes as string[]).length).toBeGreaterThan(1);
      const signed = rels.filter((r) => r.type === "SIGNED_WITH");
      expect(signed.every((r) => (r.quotes as string[]).length >= 1)).toBe(true);
    });

    it("keeps a province merged in 2025 as itself, with its organisation", async () => {
      const rows = await store.run("search", prepareParams(getQuery("search"), { q: "Yên Bái", label: "Province" }));
      expect(rows[0]).toMatchObject({ id: "province:vn-yen-bai", name: "Yên Bái" });
      const n = await store.run("neighbourhood", prepareParams(getQuery("neighbourhood"), { id: "province:vn-yen-bai", hops: "1" }));
      expect(n.map((r) => r.id)).toContain("org:propaganda:vn-yen-bai");
    });

    it("stores an article whose title (from a sidecar) is 12 KB long, with the rest of its batch", async () => {
      // Neo4j's range index refuses entries over 8 KB: once, such a title failed the whole batch there
      const title = "Đoàn đại biểu Ban Tuyên giáo ".repeat(400);
      const long = toArticleGraph({ source: "long-title.txt", text: `Bài có tiêu đề rất dài.\n${"Nội dung. ".repeat(5)}`, title });
      const other = generatedGraphs(1, 99)[0]!;
      const before = await store.counts();
      const summary = await store.ingest([long, other]);
      expect(summary.articlesNew).toBe(2);
      expect((await store.counts()).articles).toBe(before.articles + 2);
      expect(await store.existingArticles([long.articleId, other.articleId])).toEqual(new Set([long.articleId, other.articleId]));
    });
  });
}
