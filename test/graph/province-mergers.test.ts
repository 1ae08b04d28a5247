// The 2025 mergers: a province merged into another is linked to it (MERGED_INTO, from the
// reference data), and every query and report asked about the province it was merged into also
// finds what the organisations of the merged one did before. Articles written for the test.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { getDefinition, prepareParams } from "../../src/graph/queries/catalogue";
import { toArticleGraph } from "../../src/ingest/ingest-files";
import { generatedGraphs } from "../helpers/corpus";

const ARTICLES = [
  "date 2023-05-10\nNgày 9/5/2023, Ban Tuyên giáo Tỉnh ủy Hà Giang và Ban Tuyên huấn tỉnh Phông Sa Lỳ đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2023-2025.",
  "date 2024-03-10\nChiều 9/3/2024, đoàn công tác Ban Tuyên giáo Tỉnh ủy Hà Giang do đồng chí Nguyễn Văn Hùng, Trưởng ban Tuyên giáo Tỉnh ủy làm trưởng đoàn đã sang thăm tỉnh Luông Nặm Tha.",
  "date 2025-10-10\nNgày 9/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang và Ban Tuyên huấn tỉnh Phông Sa Lỳ đã ký kết chương trình phối hợp giai đoạn 2025-2030.",
];

describe("provinces merged in 2025", () => {
  const store = MemoryStore.open({ file: null, write: true });
  const run = (name: string, raw: Record<string, string>) => store.run(name, prepareParams(getDefinition(name), raw));
  beforeAll(async () => {
    await store.ingest(ARTICLES.map((text, i) => toArticleGraph({ source: `merger-${i}.txt`, text })));
  });

  it("links the merged province to the one it was merged into", async () => {
    const rels = (await store.dump()).rels.filter((r) => r.type === "MERGED_INTO");
    expect(rels.map((r) => [r.from, r.to])).toEqual([["province:vn-ha-giang", "province:vn-tuyen-quang"]]);
  });

  it("asked about the province it was merged into, queries and reports also find the merged one's facts", async () => {
    const partners = (await run("partners", { province: "Tuyên Quang" })).map((r) => `${String(r.organization)} | ${String(r.document)}`);
    expect(partners.sort()).toEqual(["Ban Tuyên giáo Tỉnh ủy Hà Giang | mou", "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang | cooperation_programme"]);
    // asked about the merged province, only its own
    expect((await run("partners", { province: "Hà Giang" })).map((r) => r.organization)).toEqual(["Ban Tuyên giáo Tỉnh ủy Hà Giang"]);
    expect((await run("agreements", { province: "Tuyên Quang" })).length).toBe(2);
    expect((await run("delegations", { province: "Tuyên Quang" })).map((r) => r.leader)).toEqual(["Nguyễn Văn Hùng"]);
    expect((await run("delegations-register", { province: "Tuyên Quang" })).map((r) => r.leader)).toEqual(["Nguyễn Văn Hùng"]);
    expect((await run("timeline", { province: "Tuyên Quang" })).length).toBe(3);
    const activity = (await run("activity", { province: "Tuyên Quang" })).map((r) => `${String(r.year)} ${String(r.province)}`);
    expect(activity.sort()).toEqual(["2023 Hà Giang", "2024 Hà Giang", "2025 Tuyên Quang"]);
  });

  it("a province is named by its id as well as by its names", async () => {
    expect(await run("partners", { province: "province:vn-tuyen-quang" })).toEqual(await run("partners", { province: "tuyen quang" }));
  });

  it("generated corpora keep the link for every merged province they name", () => {
    for (const g of generatedGraphs(200, 5)) {
      const merged = g.nodes.filter((n) => n.label === "Province" && typeof n.props.mergedInto === "string");
      for (const n of merged)
        expect(g.rels.some((r) => r.type === "MERGED_INTO" && r.from === n.id && r.to === `province:${String(n.props.mergedInto)}`)).toBe(true);
    }
  });
});
