// Roles attach to the person they belong to, and a person's roles agree with their country: the
// title chain does not jump across "và" to the next name, a chain's place applies to all of it,
// and a delegation's place is the foreign one when the title exists only abroad. Sentences
// written for the test.
import { extractArticle } from "../../src/ingest/extract";
import { toArticleGraph } from "../../src/ingest/ingest-files";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

/** person key → the role ids the person holds, and the person's country. */
function rolesOf(text: string): Map<string, { country: unknown; roles: string[] }> {
  const doc = extractArticle({ source: "t.txt", text: `date 2024-01-10\n${text}` });
  const out = new Map<string, { country: unknown; roles: string[] }>();
  for (const e of doc.entities.filter((x) => x.type === "Person"))
    out.set(e.id.replace(/^person:/, ""), {
      country: e.properties.country,
      roles: doc.relations
        .filter((r) => r.type === "HOLDS_ROLE" && r.from === e.id)
        .map((r) => r.to)
        .sort(),
    });
  return out;
}

const provinceOf = (roleId: string) => /:([a-z]{2}-[a-z-]+)$/.exec(roleId)?.[1] ?? null;

describe("roles attach to the right person", () => {
  it("a title before 'và ông' is the previous person's, not the next one's", () => {
    const people = rolesOf("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh An Giang và ông Sok Vanna, Phó Tỉnh trưởng tỉnh Takeo đồng chủ trì hội nghị.");
    expect(people.get("sokvanna")?.roles.map(provinceOf)).toEqual(["kh-takeo"]);
    expect(people.get("tranvanbinh")?.roles.map(provinceOf)).toEqual(["vn-an-giang"]);
  });

  it("'A và Bí thư, Tỉnh trưởng tỉnh X B': the chain's place is X for every title of B", () => {
    const people = rolesOf("Hội đàm giữa Bí thư Tỉnh ủy Nghệ An Lê Minh Hải và Bí thư, Tỉnh trưởng tỉnh Xiêng Khoảng Bun Khăm Vông Sa diễn ra tại Vinh.");
    const lao = people.get("bunkhamvongsa");
    expect(lao?.roles.length).toBeGreaterThanOrEqual(1);
    for (const r of lao?.roles ?? []) expect(provinceOf(r)).toBe("la-xiengkhouang");
    expect(people.get("leminhhai")?.roles.map(provinceOf)).toEqual(["vn-nghe-an"]);
  });

  it("a party title in a chain that names its place later takes that place", () => {
    const people = rolesOf("Chiều 9/1, đồng chí Phon Xay Vi Lay, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn làm việc với tỉnh Thanh Hóa.");
    const roles = people.get("phonxayvilay")?.roles ?? [];
    expect(roles.length).toBe(2);
    for (const r of roles) expect(provinceOf(r)).toBe("la-houaphanh");
  });

  it("'đoàn đại biểu tỉnh X do <titles> Y dẫn đầu': Y's bare titles are X's", () => {
    const people = rolesOf(
      "Chiều 15/1, đoàn đại biểu tỉnh Khăm Muộn (Lào) do Phó Bí thư Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy Sổm Phon Xay dẫn đầu sang thăm tỉnh Hà Tĩnh.",
    );
    const roles = people.get("somphonxay")?.roles ?? [];
    expect(roles.length).toBe(2);
    for (const r of roles) expect(provinceOf(r)).toBe("la-khammouane");
  });

  it("a delegation of a Vietnamese and a Lao province: a Lao-only title picks the Lao one", () => {
    const people = rolesOf(
      "Tiếp đoàn có Đoàn công tác tỉnh Lai Châu, tỉnh Luông Pha Bang có các đồng chí: Khăm Pheng Xay Sổm - Bí thư Tỉnh ủy, Tỉnh trưởng; Lò Văn Thanh - Phó Chủ tịch UBND tỉnh.",
    );
    const roles = people.get("khamphengxaysom")?.roles ?? [];
    expect(roles.length).toBeGreaterThanOrEqual(1);
    for (const r of roles) expect(provinceOf(r)).toBe("la-luang-prabang");
  });

  it("in the sample and a generated corpus, no person holds roles of a country other than their own", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    await store.ingest([...sampleGraphs(), ...generatedGraphs(300, 7)]);
    const g = store.graph;
    let people = 0;
    g.forEachNode((id, a) => {
      if (a.label !== "Person") return;
      people++;
      const countries = new Set(
        g
          .outEdges(id)
          .filter((e) => g.getEdgeAttribute(e, "type") === "HOLDS_ROLE")
          .map((e) => provinceOf(g.target(e))?.slice(0, 2).toUpperCase()),
      );
      countries.delete(undefined);
      expect({ id, countries: [...countries] }).toEqual({ id, countries: countries.size ? [a.country] : [] });
    });
    expect(people).toBeGreaterThan(50);
  });

  it("a person first seen without a country gets it from a later article's role, under one id", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    await store.ingest([
      toArticleGraph({ source: "one.txt", text: "date 2024-01-10\nSáng 9/1, ông Bun Nhăn Xay Nha đã đến thăm Bảo tàng tỉnh Sơn La." }),
      toArticleGraph({
        source: "two.txt",
        text: "date 2024-02-10\nChiều 9/2, đồng chí Bun Nhăn Xay Nha, Tỉnh trưởng tỉnh Hủa Phăn đã làm việc với tỉnh Sơn La.",
      }),
    ]);
    const ids = store.graph.filterNodes((_, a) => a.label === "Person" && String(a.name).startsWith("Bun"));
    expect(ids).toEqual(["person:bunnhanxaynha"]);
    expect(store.graph.getNodeAttribute("person:bunnhanxaynha", "country")).toBe("LA");
  });
});
