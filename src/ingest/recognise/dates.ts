// Event dates in the forms of the genre: "Ngày 4/6", "ngày 31/10/2018", "từ ngày 04 đến ngày
// 09-6-2019", "Chiều 21/10", "Sáng nay 14/9", "ngày 14 tháng 6 năm 2019". Without a year in the
// text, the year comes from the publication date (the latest such day not after it), else --MM-DD.

export interface DateMention {
  start: number;
  end: number;
  date: string;
  endDate: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function valid(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function resolveYear(day: number, month: number, year: number | null, published: string | null): string {
  if (year) return `${year}-${pad(month)}-${pad(day)}`;
  if (published) {
    const py = Number(published.slice(0, 4));
    const candidate = `${py}-${pad(month)}-${pad(day)}`;
    return candidate <= published ? candidate : `${py - 1}-${pad(month)}-${pad(day)}`;
  }
  return `--${pad(month)}-${pad(day)}`;
}

const RANGE = /(?<![\p{L}\d])[Tt]ừ(?: ngày)? (\d{1,2})(?:[/.-](\d{1,2}))?(?:[/.-](\d{4}))? (?:đến|tới|-)(?: ngày)? (\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/gu;
const SINGLE =
  /(?<![\p{L}\d])(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)(?: (?:nay|qua|mai|hôm nay))?(?: ngày)?,? (\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d/])/gu;
const WORDY = /(?<![\p{L}\d])[Nn]gày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/gu;

export function findDates(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const taken = (s: number) => out.some((d) => s >= d.start && s < d.end);
  for (const m of text.matchAll(RANGE)) {
    const d1 = Number(m[1]),
      d2 = Number(m[4]),
      mo2 = Number(m[5]);
    const mo1 = m[2] ? Number(m[2]) : mo2;
    const y2 = m[6] ? Number(m[6]) : null;
    const y1 = m[3] ? Number(m[3]) : y2;
    if (!valid(d1, mo1) || !valid(d2, mo2)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, date: resolveYear(d1, mo1, y1, published), endDate: resolveYear(d2, mo2, y2, published) });
  }
  for (const re of [SINGLE, WORDY]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (taken(start)) continue;
      const d = Number(m[1]),
        mo = Number(m[2]);
      if (!valid(d, mo)) continue;
      out.push({ start, end: start + m[0].length, date: resolveYear(d, mo, m[3] ? Number(m[3]) : null, published), endDate: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
