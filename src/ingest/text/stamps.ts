// Publication stamps and metadata lines of news pages: "date 2025-11-19" / "date 2023-07" stamp
// lines, "Thứ Hai, 19/11/2025 10:30", "10:30 | 19/11/2025 GMT+7", "2022-11-22 11:20:36(GMT+08:00)
// Tân Hoa xã", a time stamp glued to the end of a headline, and the source tag that opens a lead
// ("(Baonghean.vn) - ", "NDO - "). They are metadata, not body text.

export interface Stamp {
  /** The publication date as precisely as the stamp gives it: YYYY-MM-DD or YYYY-MM. */
  date: string;
  /** What is left of the line once the stamp is taken off (often the headline or the lead). */
  rest: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function iso(y: number, m: number, d: number | null): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12) return null;
  if (d === null) return `${y}-${pad(m)}`;
  if (d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "date 2025-11-19 …" or "date 2023-07 …" at the start of a line. */
const DATE_STAMP = /^date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])\s*/iu;
const WEEKDAY = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản)";
const TIME = "\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?";
const ZONE = "\\(?\\s*GMT\\s*[+-]?\\s*\\d{0,2}(?::\\d{2})?\\s*\\)?";
const DMY = "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})";
const YMD = "(\\d{4})-(\\d{1,2})-(\\d{1,2})";
/** A whole line that is only a publication stamp, maybe followed by a short source name. */
const STAMP_LINE = new RegExp(
  `^(?:${WEEKDAY}\\s*[-,:|]?\\s*)?(?:(?:ngày\\s+)?(?:${TIME}\\s*[|,-]?\\s*)?(?:${DMY}|${YMD})(?:\\s*[-,|]?\\s*${TIME})?(?:\\s*${ZONE})?)(?:\\s+\\d+){0,3}(?:\\s*[-|]?\\s*[\\p{L} .]{0,24})?$`,
  "iu",
);
/** A time stamp glued to the end of a headline: "… tại Campuchia 02/04/2024 16:50". */
const TRAILING_STAMP = new RegExp(`\\s+${DMY}(?:\\s+${TIME})?(?:\\s*${ZONE})?\\s*$`, "u");
/** The source tag that opens a lead: "(Baonghean.vn) - ", "(GLO)- ", "NDO - ". */
export const SOURCE_TAG = /^(?:\((?:[^()\n]{1,24})\)|[A-ZĐ]{2,8})\s*[-–—]\s*/u;

function fromMatch(m: RegExpExecArray, dmyAt: number, ymdAt: number): string | null {
  if (m[dmyAt]) return iso(Number(m[dmyAt + 2]), Number(m[dmyAt + 1]), Number(m[dmyAt]));
  if (m[ymdAt]) return iso(Number(m[ymdAt]), Number(m[ymdAt + 1]), Number(m[ymdAt + 2]));
  return null;
}

/** Reads a stamp from one line; null when the line is not one. */
export function readStamp(line: string): Stamp | null {
  const t = line.trim();
  const d = DATE_STAMP.exec(t);
  if (d) {
    const date = iso(Number(d[1]), Number(d[2]), d[3] ? Number(d[3]) : null);
    if (date) return { date, rest: t.slice(d[0].length).trim() };
  }
  if (t.length <= 90) {
    const s = STAMP_LINE.exec(t);
    if (s) {
      const date = fromMatch(s, 1, 4);
      // the stamp's own words are gone: a short source name ("Tân Hoa xã") is metadata too
      if (date) return { date, rest: "" };
    }
  }
  // a trailing stamp ends in a digit, "AM"/"PM"/"SA"/"CH" or the zone's ")": test the end before the expression
  const last = t.charCodeAt(t.length - 1);
  const mayEndStamp = (last >= 48 && last <= 57) || last === 41 || /(?:AM|PM|SA|CH)$/u.test(t.slice(-2));
  const tail = mayEndStamp ? TRAILING_STAMP.exec(t) : null;
  if (tail && t.length - tail[0].length >= 12) {
    const date = iso(Number(tail[3]), Number(tail[2]), Number(tail[1]));
    if (date) return { date, rest: t.slice(0, t.length - tail[0].length).trim() };
  }
  return null;
}
