// Organisations by the genre's naming patterns, with lists distributed and bare mentions resolved.
import { findOrgs } from "../../src/ingest/recognise/orgs";
import { findPeople } from "../../src/ingest/recognise/people";
import { findPlaces } from "../../src/ingest/recognise/places";
import { resolveOrgs } from "../../src/ingest/recognise/resolve-orgs";
import { normaliseText } from "../../src/text/normalise";
import { tokenize } from "../../src/ingest/text/tokens";

function orgs(raw: string): string[] {
  const text = normaliseText(raw);
  const tokens = tokenize(text);
  const places = findPlaces(text, tokens);
  const found = findOrgs(text, tokens, places);
  const people = findPeople(text, tokens, found, places);
  const ident = resolveOrgs(found, people, places, new Map());
  return found.map((m) => ident.get(m)?.name ?? "?");
}

describe("organisations", () => {
  it.each([
    ["Ban Tuyên giáo Tỉnh ủy Nghệ An", ["Ban Tuyên giáo Tỉnh ủy Nghệ An"]],
    ["Ban Tuyên giáo Thành ủy Hải Phòng", ["Ban Tuyên giáo Thành ủy Hải Phòng"]],
    ["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", ["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng"]],
    ["Ban Tuyên huấn tỉnh Xiêng Khoảng", ["Ban Tuyên huấn tỉnh Xiêng Khoảng"]],
    ["Ban Tuyên huấn Tỉnh ủy Chăm Pa Sắc", ["Ban Tuyên huấn tỉnh Chăm Pa Sắc"]],
    ["Ban Tuyên giáo TW", ["Ban Tuyên giáo Trung ương"]],
    ["Ban Tuyên giáo và Dân vận Trung ương", ["Ban Tuyên giáo và Dân vận Trung ương"]],
    ["Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào", ["Ban Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào"]],
    ["Ban Tuyên huấn Trung ương Đảng Nhân dân Campuchia", ["Ban Tuyên huấn Trung ương Đảng Nhân dân Campuchia"]],
    ["Ban Tuyên truyền Khu ủy Quảng Tây", ["Ban Tuyên truyền Khu ủy Quảng Tây"]],
    ["Ban Chỉ đạo 35 Tỉnh ủy Cao Bằng", ["Ban Chỉ đạo 35 Tỉnh ủy Cao Bằng"]],
    ["HĐND tỉnh Hà Tĩnh và UBND tỉnh Hà Tĩnh", ["Hội đồng nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh"]],
  ])("%s", (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it("distributes a list over its provinces", () => {
    expect(orgs("Ban Tuyên huấn các tỉnh Hủa Phăn, Xiêng Khoảng và Bò Kẹo")).toEqual([
      "Ban Tuyên huấn tỉnh Hủa Phăn",
      "Ban Tuyên huấn tỉnh Xiêng Khoảng",
      "Ban Tuyên huấn tỉnh Bò Kẹo",
    ]);
  });

  it("resolves a later bare mention to the organisation already named", () => {
    expect(orgs("Ban Tuyên giáo Tỉnh ủy Thanh Hóa tổ chức hội nghị. Lãnh đạo Ban Tuyên giáo Tỉnh ủy phát biểu.")).toEqual([
      "Ban Tuyên giáo Tỉnh ủy Thanh Hóa",
      "Ban Tuyên giáo Tỉnh ủy Thanh Hóa",
    ]);
  });

  it("gives a title chain the place it names", () => {
    expect(orgs("đồng chí Trần Văn Hùng, Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Tuyên giáo Thành ủy Cần Thơ")).toEqual([
      "Thành ủy Cần Thơ",
      "Ban Tuyên giáo Thành ủy Cần Thơ",
    ]);
  });
});
