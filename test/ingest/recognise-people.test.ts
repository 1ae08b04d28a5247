// People and their title chains in the genre's forms.
import { findOrgs } from "../../src/ingest/recognise/orgs";
import { findPeople } from "../../src/ingest/recognise/people";
import { findPlaces } from "../../src/ingest/recognise/places";
import { normaliseText } from "../../src/text/normalise";
import { tokenize } from "../../src/ingest/text/tokens";

function people(raw: string) {
  const text = normaliseText(raw);
  const tokens = tokenize(text);
  const places = findPlaces(text, tokens);
  return findPeople(text, tokens, findOrgs(text, tokens, places), places).map((p) => ({ name: p.name, titles: p.roles.map((r) => r.title) }));
}

describe("people", () => {
  it("reads 'đồng chí X, roles' with each role's title", () => {
    expect(people("đồng chí Nguyễn Văn Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An phát biểu")).toEqual([
      { name: "Nguyễn Văn Thành", titles: ["Ủy viên Ban Thường vụ", "Trưởng ban"] },
    ]);
  });
  it("reads a name followed by its title without a comma", () => {
    expect(people("do đồng chí Lò Văn Mừng Phó Trưởng ban Tuyên giáo Tỉnh ủy Lai Châu làm Trưởng đoàn")[0]).toEqual({
      name: "Lò Văn Mừng",
      titles: ["Phó Trưởng ban"],
    });
  });
  it("reads Lao names written with hyphens", () => {
    expect(people("đồng chí Khăm-phăn Phôm-ma-thạt, Tỉnh ủy viên, Trưởng ban Tuyên huấn tỉnh Xiêng Khoảng")[0]?.name).toBe("Khăm-phăn Phôm-ma-thạt");
  });
  it("reads ông / bà forms", () => {
    expect(people("bà Chan Sophal, Phó Tỉnh trưởng tỉnh Takeo").map((p) => p.name)).toEqual(["Chan Sophal"]);
  });
  it("does not take a title for a name", () => {
    expect(people("đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La và đồng chí trưởng ban")).toEqual([]);
  });
  it("does not take a province for a person (bà Rịa)", () => {
    expect(people("tỉnh Bà Rịa - Vũng Tàu")).toEqual([]);
  });
});
