// Sentence boundaries with offsets. Paragraph breaks always end a sentence; so do . ! ? before an
// upper-case word (not after abbreviations such as "TP." or "TS."), and a closing parenthesis
// followed by a typical sentence opener, which is how captions run into the body on many pages.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(["tp", "tx", "ts", "ths", "pgs", "gs", "bs", "th", "q", "p", "st", "mr", "mrs", "dr", "nxb", "tt", "k"]);
const OPENERS =
  "Tại|Trong|Đây|Các|Hai|Sau|Theo|Cùng|Ngày|Chiều|Sáng|Tối|Trưa|Phát biểu|Dự|Thay mặt|Nhân dịp|Trước đó|Tiếp đó|Đồng chí|Đoàn|Lãnh đạo|Qua|Thực hiện|Dịp này|Cũng|Buổi";
const CAPTION_BREAK = new RegExp(`\\([^()\\d\\n]{1,40}\\)\\s+(?=(?:${OPENERS})\\s)`, "gu");

export function splitSentences(text: string): Sentence[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/[.!?…]+["”’)]*(?:\/\.)?\s+(?=["“(]?[\p{Lu}\d])/gu)) {
    const at = m.index ?? 0;
    const before =
      text
        .slice(Math.max(0, at - 6), at)
        .split(/[\s(]/)
        .pop() ?? "";
    if (m[0].startsWith(".") && m[0].trim() === "." && ABBREVIATIONS.has(before.toLowerCase())) continue;
    if (/\d$/.test(before) && /^\.\d/.test(text.slice(at, at + 2))) continue;
    cuts.push(at + m[0].trimEnd().length);
  }
  for (const m of text.matchAll(CAPTION_BREAK)) cuts.push((m.index ?? 0) + m[0].trimEnd().length);
  for (const m of text.matchAll(/\n/g)) cuts.push(m.index ?? 0);
  cuts.sort((a, b) => a - b);
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut < from) continue;
    const raw = text.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
    from = cut;
  }
  return out;
}
