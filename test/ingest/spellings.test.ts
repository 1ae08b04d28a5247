// One person spelt two ways in one article: close spellings of a foreign name merge when nothing
// in the article tells them apart; Vietnamese near-misses and conflicting evidence never merge.
import { articleGraph } from "../../src/graph/graph-batch";
import { prepareArticle } from "../../src/ingest/article-text";
import { extractArticle } from "../../src/ingest/extract";
import { boundedEditDistance, closeSpellings, groupSpellings, type SpelledPerson } from "../../src/ingest/frame/spellings";

const person = (name: string, over: Partial<SpelledPerson> = {}): SpelledPerson => ({ name, side: null, country: null, titles: [], ...over });

describe("close spellings", () => {
  it.each([
    ["Văn-xay Phong-sạ-vẳn", "Văn xay Phong xa vẳn", true], // s/x and hyphens
    ["Khăm-phăn Phôm-mạ-thắt", "Khăm-phăng Phôm-mạ-thắt", true], // a final consonant
    ["Bun-thoong Chít-mạ-ny", "Bun Thoong Chịt Ma Ny", true], // tone marks and spacing
    ["Sổm-phu Đuông-sa-vẳn", "Văn-xay Phong-sạ-vẳn", false],
    ["Lê An", "Lê Ân", true], // same key once folded
    ["Lò Văn Mừng", "Lò Văn Hùng", false], // short names: one letter is another person
  ])("%s ~ %s: %s", (a, b, same) => expect(closeSpellings(a, b)).toBe(same));

  it("bounds the edit distance", () => {
    expect(boundedEditDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedEditDistance("kitten", "sitting", 1)).toBe(2);
    expect(boundedEditDistance("abc", "abcdefgh", 2)).toBe(3);
  });
});

describe("groupSpellings", () => {
  it("merges a bare later spelling into a foreign participant, keeping it as an alias", () => {
    const g = groupSpellings([
      person("Văn-xay Phong-sạ-vẳn", { side: "prov:la-houaphanh", country: "LA", titles: ["Trưởng ban"] }),
      person("Văn xay Phong xa vẳn"),
    ]);
    expect(g.canonical.get("vanxayphongxavan")).toBe("Văn-xay Phong-sạ-vẳn");
    expect(g.aliases.get("Văn-xay Phong-sạ-vẳn")).toEqual(["Văn xay Phong xa vẳn"]);
  });
  it("never merges Vietnamese near-misses, two sides, two countries, two roles, or names known to no country", () => {
    const cases: SpelledPerson[][] = [
      [person("Nguyễn Văn Thành Long", { country: "VN" }), person("Nguyễn Văn Thành Lộc", { country: "VN" })],
      [person("Văn-xay Phong-sạ-vẳn", { side: "a", country: "LA" }), person("Văn xay Phong xa vẳn", { side: "b", country: "LA" })],
      [person("Văn-xay Phong-sạ-vẳn", { country: "LA" }), person("Văn xay Phong xa vẳn", { country: "KH" })],
      [person("Văn-xay Phong-sạ-vẳn", { country: "LA", titles: ["Trưởng ban"] }), person("Văn xay Phong xa vẳn", { titles: ["Tỉnh trưởng"] })],
      [person("Văn-xay Phong-sạ-vẳn"), person("Văn xay Phong xa vẳn")],
    ];
    for (const people of cases) expect(groupSpellings(people).aliases.size).toBe(0);
  });
});

describe("in an article", () => {
  const text =
    "Ngày 12/3/2024, đoàn đại biểu tỉnh Hủa Phăn do đồng chí Khăm-phăn Phôm-mạ-thắt, Trưởng ban Tuyên huấn tỉnh Hủa Phăn làm trưởng đoàn đã sang thăm và làm việc tại tỉnh Thanh Hóa.\n" +
    "Tiếp đoàn có đồng chí Nguyễn Văn Thành Long, Phó Bí thư Tỉnh ủy Thanh Hóa.\n" +
    "Đồng chí Khăm-phăng Phôm-mạ-thắt cảm ơn tỉnh Thanh Hóa. Đồng chí Nguyễn Văn Thành Lộc, Trưởng ban Tuyên giáo Tỉnh ủy Thanh Hóa phát biểu.";
  const doc = extractArticle({ source: "test", text });
  const people = doc.entities.filter((e) => e.type === "Person");

  it("one node for the two spellings of the Lao leader, two for the two Vietnamese officials", () => {
    expect(people.map((p) => p.name).sort()).toEqual(["Khăm-phăn Phôm-mạ-thắt", "Nguyễn Văn Thành Long", "Nguyễn Văn Thành Lộc"]);
    expect(people.find((p) => p.name.startsWith("Khăm"))?.properties.aliases).toEqual(["Khăm-phăng Phôm-mạ-thắt"]);
    const attended = doc.relations.filter((r) => r.type === "ATTENDED").map((r) => r.from);
    expect(new Set(attended).size).toBe(3);
  });
  it("both spellings are search keys of the person's node", () => {
    const g = articleGraph(doc, prepareArticle({ source: "test", text }).text);
    const node = g.nodes.find((n) => n.label === "Person" && String(n.props.name).startsWith("Khăm"));
    expect(node?.props.aliasKeys).toEqual(expect.arrayContaining(["khamphanphommathat", "khamphangphommathat"]));
  });
});
