// Property: for any input string the extractor returns a contract-valid document, every evidence
// span lies inside the text and equals its slice, and it never throws.
import fc from "fast-check";
import { ExtractionSchema } from "../../src/graph/model";
import { extractWithText } from "../../src/ingest/extract";

const genreWords = [
  "Ban Tuyên giáo Tỉnh ủy",
  "Ban Tuyên huấn các tỉnh",
  "Sơn La",
  "Hủa Phăn",
  "LuôngPhraBăng",
  "và",
  ",",
  ".",
  "\n",
  "do đồng chí",
  "Nguyễn Văn A",
  "làm Trưởng đoàn",
  "ký kết biên bản ghi nhớ",
  "giữa",
  "Ngày 4/6",
  "tại tỉnh",
  "(",
  ")",
  "tiếp và làm việc với Đoàn",
  "Thủ đô Viêng Chăn",
  "Ban Tuyên giáo TW",
  "hai bên",
  "Tỉnh ủy viên",
  "từ ngày 04 đến ngày 09-6-2019",
];

function check(text: string): void {
  const doc = extractWithText({ source: "prop", text });
  expect(ExtractionSchema.safeParse(doc).success).toBe(true);
  const body = doc.article.text ?? "";
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const r of doc.relations) {
    expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    for (const ev of r.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(body.length);
      expect(body.slice(ev.start, ev.end)).toBe(ev.text);
    }
  }
}

describe("extractor properties", () => {
  it("holds for arbitrary Unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => check(s)),
      { numRuns: 300 },
    );
  });
  it("holds for shuffles of the genre's words and punctuation", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...genreWords), { maxLength: 60 }), fc.constantFrom(" ", "", "  "), (words, sep) => check(words.join(sep))),
      { numRuns: 400 },
    );
  });
  it("holds for the genre's words in decomposed (NFD) form", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...genreWords), { maxLength: 40 }), (words) => check(words.join(" ").normalize("NFD"))),
      { numRuns: 100 },
    );
  });
});
