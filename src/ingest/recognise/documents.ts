// Signed documents and their kinds (EXTRACTION-CONTRACT: mou, cooperation_programme, agreement,
// minutes, other), and the verbs and markers that say a signing happened or is only planned.
import type { DocumentKind } from "../../graph/model";

const KINDS: ReadonlyArray<[DocumentKind, RegExp]> = [
  ["minutes", /biên bản (?:hội đàm|làm việc|hợp tác)/iu],
  ["mou", /(?:bản |biên bản )?(?:ghi nhớ|nghi nhớ)|\bMO[Uu]\b/u],
  ["cooperation_programme", /chương trình (?:phối hợp|hợp tác)/iu],
  ["agreement", /(?:bản )?thỏa thuận|hiệp định/iu],
  ["other", /kế hoạch (?:phối hợp|hợp tác)|quy chế (?:phối hợp|hợp tác)|văn bản|cam kết/iu],
];

/** A signing verb followed closely by a document: "ký kết biên bản ghi nhớ". Match it at a word start (text/word-start). */
export const SIGNING =
  /(?:ký kết|ký|thông qua|trao)(?![\p{L}])(?:[^.;\n]{0,25}?)(biên bản (?:ghi nhớ|nghi nhớ|hội đàm|làm việc|hợp tác|thỏa thuận)|bản ghi nhớ|ghi nhớ|MO[Uu]|chương trình (?:phối hợp|hợp tác)|(?:bản )?thỏa thuận|hiệp định|kế hoạch (?:phối hợp|hợp tác)|quy chế (?:phối hợp|hợp tác))/giu;

/** Words just before the verb that make the signing a plan, not a fact of this article. */
export const PLANNED = /(?:sẽ|dự kiến|tiến tới|chuẩn bị|kế hoạch|đề xuất|đề nghị|nhằm|để|hướng tới|mong muốn|trước khi)\s+(?:tiến hành\s+|tổ chức\s+)?$/iu;

export function documentKind(phrase: string): DocumentKind {
  for (const [kind, re] of KINDS) if (re.test(phrase)) return kind;
  return "other";
}

export function findPeriod(text: string): string | null {
  const m = /(?:giai đoạn|năm|nhiệm kỳ|thời kỳ)?\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/u.exec(text);
  if (!m) return null;
  const a = Number(m[1]),
    b = Number(m[2]);
  return b >= a && b - a <= 20 ? `${a}-${b}` : null;
}
