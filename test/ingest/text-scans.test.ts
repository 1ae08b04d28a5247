// Tokens and the text scans that replaced regular expressions for speed: each must say exactly
// what its plain definition says, on any string (astral letters, lone surrogates, marks).
import fc from "fast-check";
import { startAfterLast } from "../../src/ingest/text/spans";
import { tokenize } from "../../src/ingest/text/tokens";
import { matchesAtWordStart } from "../../src/ingest/text/word-start";

/** The definition: a word is a run of letters, marks and digits. */
function definedTokens(text: string): Array<[string, number, boolean]> {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => [m[0], m.index ?? 0, /^\p{Lu}/u.test(m[0])]);
}
const tokens = (text: string) => tokenize(text).map((t): [string, number, boolean] => [t.text, t.start, t.upper]);

describe("tokenize", () => {
  it("reads Vietnamese words with offsets, folded forms and capitals", () => {
    const t = tokenize("Đoàn Hủa Phăn, ngày 4/6.");
    expect(t.map((x) => [x.text, x.folded, x.start, x.end, x.upper])).toEqual([
      ["Đoàn", "doan", 0, 4, true],
      ["Hủa", "hua", 5, 8, true],
      ["Phăn", "phan", 9, 13, true],
      ["ngày", "ngay", 15, 19, false],
      ["4", "4", 20, 21, false],
      ["6", "6", 22, 23, false],
    ]);
  });
  it("keeps astral letters in words and splits at lone surrogates and emoji", () => {
    const text = "Ab𝐀c 𠀀漢 x\uD800y 😀z \uDC00";
    expect(tokens(text)).toEqual(definedTokens(text));
    expect(tokens(text).map((t) => t[0])).toEqual(["Ab𝐀c", "𠀀漢", "x", "y", "z"]);
  });
  it("agrees with its definition on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        expect(tokens(s)).toEqual(definedTokens(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aĐ ủ-'1.\n\u0301𝐀\uD800\uDC00Ư"), maxLength: 60 }), (s) => {
        expect(tokens(s)).toEqual(definedTokens(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("startAfterLast", () => {
  it("finds the offset after the last stop before a position", () => {
    expect(startAfterLast("Một câu. Hai câu", ".\n", 14, 100)).toBe(8);
    expect(startAfterLast("dòng một\ndòng hai", "\n", 12, 100)).toBe(9);
  });
  it("looks back no further than its limit, and not before the text", () => {
    expect(startAfterLast("a".repeat(50), ".", 40, 10)).toBe(30);
    expect(startAfterLast("abc", ".", 2, 10)).toBe(0);
  });
  it("agrees with lastIndexOf within the window", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab.\n "), maxLength: 80 }), fc.nat(), fc.integer({ min: 1, max: 30 }), (s, k, limit) => {
        const at = s.length ? k % (s.length + 1) : 0;
        const floor = Math.max(0, at - limit);
        const window = s.slice(floor, at);
        const last = Math.max(window.lastIndexOf("."), window.lastIndexOf("\n"));
        expect(startAfterLast(s, ".\n", at, limit)).toBe(last < 0 ? floor : floor + last + 1);
      }),
    );
  });
});

describe("matchesAtWordStart", () => {
  const found = (re: RegExp, text: string, joined?: RegExp) => [...matchesAtWordStart(re, text, joined)].map((m) => [m.index, m[0]]);
  const defined = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
  it("skips matches inside a word and still finds one further on", () => {
    expect(found(/[Tt]iếp đoàn/gu, "Xtiếp đoàn, tiếp đoàn")).toEqual([[12, "tiếp đoàn"]]);
    expect(found(/ab/gu, "aab ab")).toEqual([[4, "ab"]]);
  });
  it("agrees with a look-behind at the head of the expression, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aáb .,1Đđ"), maxLength: 40 }), (s) => {
        expect(found(/a[bá]?|đ\d*/gu, s)).toEqual(defined(/(?<![\p{L}])(?:a[bá]?|đ\d*)/gu, s));
        expect(found(/a[bá]?|đ\d*/gu, s, /[\p{L}\d]/u)).toEqual(defined(/(?<![\p{L}\d])(?:a[bá]?|đ\d*)/gu, s));
      }),
      { numRuns: 2000 },
    );
  });
  it("refuses an expression that is not global", () => {
    expect(() => [...matchesAtWordStart(/a/u, "a")]).toThrow(/global/);
  });
});
