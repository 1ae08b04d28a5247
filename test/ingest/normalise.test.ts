// Normalisation: NFC, tone-mark placement, BOM and whitespace.
import { normaliseText, unifyToneMarks } from "../../src/text/normalise";
import fc from "fast-check";
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

describe("normaliseText on any string", () => {
  /** The definition, line by line: the fast whole-text version must agree with it. */
  function byLines(raw: string): string {
    return raw
      .replace(/^\uFEFF/, "")
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\t\f\v]/g, " ")
      .replace(/\u200C|\u200D|\u2060|\uFEFF/g, "")
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "")
      .split("\n")
      .map((l) => unifyToneMarks(l.replace(/ {2,}/g, " ").trim()))
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }
  it("agrees with the line-by-line definition", () => {
    const alphabet = [..."aoOuUyqQ hòaHOÀuỷQUỶoẻ\n\r\t\u00A0\u200B\u200C\uFEFF\u0001\u2028.-", "oà", "uý", "quỳ"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 }), (s) => {
        expect(normaliseText(s)).toBe(byLines(s));
      }),
      { numRuns: 3000 },
    );
  });
  it("moves tone marks in any word that ends in the open syllable, not after q", () => {
    expect(unifyToneMarks("Thuỷ, (hoà) QUỶ quỳ Khoẻ-mạnh")).toBe("Thủy, (hòa) QUỶ quỳ Khỏe-mạnh");
  });
});
