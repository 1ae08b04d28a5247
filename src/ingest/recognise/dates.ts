// Event dates in the forms of the genre: "Ngày 4/6", "ngày 31/10/2018", "từ ngày 04 đến ngày
// 09-6-2019", "Từ ngày 19-21/11", "Trong 2 ngày 16 và 17/3", "Chiều 21/10", "chiều 10.4", "Sáng nay
// (30/9)", "ngày 14 tháng 6 năm 2019", "tháng 7/2023". Without a year in the text, the year comes from
// the publication date (the latest such day not after it), else --MM-DD. The year of a festival, an
// anniversary or a statistic is never taken: only a year written in the date itself counts.
import { matchesAtWordStart } from "../text/word-start";

export interface DateMention {
  start: number;
  end: number;
  date: string;
  endDate: string | null;
  /** The text wrote the year. */
  hasYear: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

function valid(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** `published` is YYYY-MM-DD or YYYY-MM (a stamp without a day). */
export function resolveYear(day: number, month: number, year: number | null, published: string | null): string {
  if (year) return `${year}-${pad(month)}-${pad(day)}`;
  if (published) {
    const py = Number(published.slice(0, 4));
    const candidate = `${py}-${pad(month)}-${pad(day)}`;
    const limit = published.length === 7 ? `${published}-31` : published;
    return candidate <= limit ? candidate : `${py - 1}-${pad(month)}-${pad(day)}`;
  }
  return `--${pad(month)}-${pad(day)}`;
}

const SEP = "[/.-]";
const DAY_WORD = "(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)(?: (?:nay|qua|hôm nay|hôm qua))?(?: ngày)?";
const RANGE = new RegExp(
  `[Tt]ừ(?: ngày)? (\\d{1,2})(?:${SEP}(\\d{1,2}))?(?:${SEP}(\\d{4}))? (?:đến|tới|-|–)(?: ngày)? (\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?`,
  "gu",
);
/** "Từ ngày 19-21/11", "Từ ngày 26 - 30/9", "(trong) 2 ngày 16 và 17/3". */
const SHORT_RANGE = new RegExp(`(?:[Tt]ừ ngày|[Tt]ừ|\\d ngày|[Nn]gày) (\\d{1,2}) ?(?:-|–|và) ?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?(?![\\d/])`, "gu");
const SINGLE = new RegExp(`${DAY_WORD},? \\(?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?(?![\\d/])`, "gu");
const WORDY = /[Nn]gày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/gu;

/** A date starts a word: not after a letter or a digit. */
const WORD_OR_DIGIT = /[\p{L}\d]/u;
const atWordStart = (re: RegExp, text: string) => matchesAtWordStart(re, text, WORD_OR_DIGIT);

export function findDates(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  // offsets inside a date already read (a mark per character: no scan of the dates per match)
  const covered = new Uint8Array(text.length);
  const push = (start: number, length: number, d1: number, m1: number, y1: number | null, end: [number, number, number | null] | null) => {
    if (covered[start] || !valid(d1, m1) || (end && !valid(end[0], end[1]))) return;
    covered.fill(1, start, start + length);
    out.push({
      start,
      end: start + length,
      date: resolveYear(d1, m1, y1, published),
      endDate: end ? resolveYear(end[0], end[1], end[2], published) : null,
      hasYear: y1 !== null,
    });
  };
  for (const m of atWordStart(RANGE, text)) {
    const mo2 = Number(m[5]);
    const y2 = m[6] ? Number(m[6]) : null;
    push(m.index, m[0].length, Number(m[1]), m[2] ? Number(m[2]) : mo2, m[3] ? Number(m[3]) : y2, [Number(m[4]), mo2, y2]);
  }
  for (const m of atWordStart(SHORT_RANGE, text)) {
    const d1 = Number(m[1]),
      d2 = Number(m[2]);
    if (d2 <= d1) continue;
    const y = m[4] ? Number(m[4]) : null;
    push(m.index, m[0].length, d1, Number(m[3]), y, [d2, Number(m[3]), y]);
  }
  for (const re of [SINGLE, WORDY]) {
    for (const m of atWordStart(re, text)) push(m.index, m[0].length, Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null, null);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The event's date: the first date the text gives. When the text writes the same day and month
 * with its year elsewhere ("ngày 13/11" then "Ngày 13/11/2025"), that year is the event's.
 */
export function eventDate(dates: readonly DateMention[]): DateMention | null {
  const first = dates[0];
  if (!first || first.hasYear) return first ?? null;
  const dayMonth = first.date.slice(-5);
  const withYear = dates.find((d) => d.hasYear && d.date.slice(-5) === dayMonth);
  if (!withYear) return first;
  const year = withYear.date.slice(0, 4);
  return { ...first, date: `${year}-${dayMonth}`, endDate: first.endDate ? `${year}-${first.endDate.slice(-5)}` : null, hasYear: true };
}
