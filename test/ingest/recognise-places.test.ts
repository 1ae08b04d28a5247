// Places and countries: every spelling variant, joined forms, and the common-word pitfalls.
import { findPlaces } from "../../src/ingest/recognise/places";
import { normaliseText } from "../../src/text/normalise";
import { tokenize } from "../../src/ingest/text/tokens";

function ids(raw: string): string[] {
  const text = normaliseText(raw);
  return findPlaces(text, tokenize(text)).map((m) => (m.kind === "place" ? m.place.id : `country:${m.country.code}`));
}

describe("findPlaces", () => {
  it.each([
    ["Ban Tuyên huấn tỉnh LuôngPhraBăng", ["la-luang-prabang"]],
    ["Đoàn thăm tỉnh Luông Pha Bang và tỉnh Luang Prabang", ["la-luang-prabang", "la-luang-prabang"]],
    ["các tỉnh UĐômXay và PhôngSaLy", ["la-oudomxay", "la-phongsaly"]],
    ["tỉnh Khăm Muồn và tỉnh Savannakhet", ["la-khammouane", "la-savannakhet"]],
    ["tỉnh Svay Rieng (Campuchia)", ["kh-svay-rieng", "country:KH"]],
    ["Khu tự trị Quảng Tây, Trung Quốc", ["cn-guangxi", "country:CN"]],
    ["tỉnh Khánh Hoà", ["vn-khanh-hoa"]],
    ["tỉnh Bà Rịa - Vũng Tàu", ["vn-ba-ria-vung-tau"]],
    ["Lào Cai và Lào", ["vn-lao-cai", "country:LA"]],
    ["nước CHDCND Lào", ["country:LA"]],
    ["tỉnh Vân Nam và tỉnh Yunnan", ["cn-yunnan", "cn-yunnan"]],
    // every Cambodian province and the Chinese provinces the press names, in its spellings
    ["tỉnh Xiêm Riệp và tỉnh Siem Reap, tỉnh Bát-tam-boong", ["kh-siem-reap", "kh-siem-reap", "kh-battambang"]],
    ["tỉnh Stung Treng, tỉnh Preah Vihear và tỉnh Oddar Meanchey", ["kh-stung-treng", "kh-preah-vihear", "kh-oddar-meanchey"]],
    ["tỉnh Quảng Đông, tỉnh Hải Nam và thành phố Thượng Hải (Trung Quốc)", ["cn-guangdong", "cn-hainan", "cn-shanghai", "country:CN"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ["âm mưu diễn biến hòa bình của các thế lực thù địch"],
    ["vùng biển Thái Bình Dương"],
    ["dọc sông Sê Kông"],
    ["học tập và làm theo tư tưởng Hồ Chí Minh"],
    ["đồng chí Hồ Văn Nam, Bí thư Tỉnh ủy"], // "Văn Nam" in a name is not Vân Nam (Yunnan)
  ])("finds no province in %s", (text) => {
    expect(ids(text)).toEqual([]);
  });

  it("maps bare Viêng Chăn to the province and Thủ đô Viêng Chăn to the capital", () => {
    expect(ids("tỉnh Viêng Chăn")).toEqual(["la-vientiane-province"]);
    expect(ids("Bí thư Thành ủy Viêng Chăn")).toEqual(["la-vientiane-capital"]);
    expect(ids("tại Thủ đô Viêng Chăn")).toEqual(["la-vientiane-capital"]);
  });

  it("keeps merged provinces as themselves (Yên Bái is not Lào Cai)", () => {
    expect(ids("Ban Tuyên giáo Tỉnh ủy Yên Bái")).toEqual(["vn-yen-bai"]);
  });
});
