// Normalisation: NFC, tone-mark placement, BOM and whitespace.
import { normaliseText, unifyToneMarks } from "../../src/text/normalise";
import { fold, foldKey } from "../../src/text/fold";

describe("unifyToneMarks", () => {
  it.each([
    ["Khánh Hoà", "Khánh Hòa"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["Tỉnh uỷ", "Tỉnh ủy"],
    ["Uỷ ban nhân dân", "Ủy ban nhân dân"],
    ["thuỷ lợi", "thủy lợi"],
    ["khoẻ", "khỏe"],
    ["HOÀ BÌNH", "HÒA BÌNH"],
    ["hoàn thành", "hoàn thành"], // closed syllable: same in both styles
    ["quý báu", "quý báu"], // qu + y
    ["tuyến", "tuyến"],
    ["Hòa", "Hòa"],
  ])("%s → %s", (input, expected) => {
    expect(unifyToneMarks(input)).toBe(expected);
  });
});

describe("normaliseText", () => {
  it("composes decomposed (NFD) Vietnamese to NFC", () => {
    const nfd = "Ban Tuyên giáo Tỉnh ủy Sơn La".normalize("NFD");
    expect(normaliseText(nfd)).toBe("Ban Tuyên giáo Tỉnh ủy Sơn La");
  });
  it("strips a BOM, non-breaking spaces and runs of spaces, keeps paragraphs", () => {
    expect(normaliseText("\uFEFFNgày\u00A04/6,   tại  Hà Nội\r\n\r\n\r\n\r\nĐoàn")).toBe("Ngày 4/6, tại Hà Nội\n\nĐoàn");
  });
  it("makes new-style and old-style spellings equal", () => {
    expect(normaliseText("Thành uỷ Khánh Hoà")).toBe(normaliseText("Thành ủy Khánh Hòa"));
  });
});

describe("fold", () => {
  it.each([
    ["Hủa Phăn", "hua phan"],
    ["Đà Nẵng", "da nang"],
    ["LuôngPhraBăng", "luongphrabang"],
  ])("%s → %s", (input, expected) => expect(fold(input)).toBe(expected));
  it("drops spaces and punctuation in keys", () => expect(foldKey("Bà Rịa - Vũng Tàu")).toBe("bariavungtau"));
});
