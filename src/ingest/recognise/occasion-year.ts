// The year the text ties to the event or its occasion (contract, Event row), for a date the text
// gives with day and month only:
// - a festival the visit is made for: "Nhân dịp Tết Nguyên đán Quý Mão 2023", "Trước thềm Xuân
//   Giáp Thìn 2024", "gặp gỡ đầu Xuân 2024", "Tết cổ truyền Bunpimay 2024", "Chol Chnam Thmay năm
//   2023". A Tết greeting falls in the weeks before or after the new year: a day in October to
//   December belongs to the year before.
// - the event's own name: "Hội nghị giao ban … 6 tháng cuối năm 2019", "Hội thi … năm 2021",
//   "Chương trình … năm 2024", "hội nghị sơ kết 6 tháng đầu năm 2025".
// - an anniversary the event marks: "Nhân kỷ niệm 92 năm Ngày truyền thống … (1/8/1930 - 1/8/2022)".
// Never a period ("giai đoạn 2023 - 2025", "nhiệm kỳ 2020 - 2025"), nor a year of the past
// ("trong năm 2022", "kể từ hội nghị năm 2024").

export interface OccasionYear {
  year: number;
  /** A new-year festival: days late in the year belong to the year before. */
  newYear: boolean;
  at: number;
}

/** A year, not the first of a period ("2024 - 2025", "2024-2025"). */
const YEAR = "((?:19|20)\\d\\d)(?![\\d])(?! ?[-–] ?(?:19|20)\\d\\d)";
/** New-year festivals of Vietnam, Laos and Cambodia, with the optional can-chi name of the year. */
const FESTIVAL = new RegExp(
  `(?<![\\p{L}])(?:Tết|Xuân|[Bb]un ?[Pp]i ?[Mm]ay|Chol Chnam Thmay|Chôl Chnăm Thmây|Chôl Chnăm Thmay)(?=[\\s,])[^.\\n;()]{0,45}?(?<![\\p{L}])(?:năm )?${YEAR}`,
  "gu",
);
/** The event named with its year: "Hội nghị … năm 2019", "Chương trình … năm 2024". */
const NAMED_EVENT = new RegExp(
  `(?<![\\p{L}])(?:[Hh]ội nghị|[Hh]ội thi|[Hh]ội thảo|[Hh]ội báo|[Cc]hương trình|[Ll]iên hoan|[Gg]iao ban|[Ss]ơ kết|[Tt]ổng kết|[Dd]iễn đàn|[Nn]gày hội|[Gg]iải)(?![\\p{L}])[^.\\n;()]{0,110}?(?<![\\p{L}])năm ${YEAR}`,
  "gu",
);
/** "kỷ niệm … (1/8/1930 - 1/8/2022)", "kỷ niệm … (1930 - 2022)": the later year. */
const ANNIVERSARY = new RegExp(
  `(?<![\\p{L}])[Kk]ỷ niệm[^.\\n;]{0,120}?\\((?:\\d{1,2}[/.-]\\d{1,2}[/.-])?(?:19|20|18)\\d\\d ?[-–] ?(?:\\d{1,2}[/.-]\\d{1,2}[/.-])?${YEAR}\\)`,
  "gu",
);
/** What a year after these words is: a period or the past, never the event's year. */
const NOT_THIS_EVENT = /(?:giai đoạn|nhiệm kỳ|kể từ|từ năm|trong năm|các năm|những năm|năm qua|đến năm|vào năm|nhiệm vụ)[^.\n]{0,20}$/u;

function firstMatch(re: RegExp, text: string): OccasionYear | null {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const yearAt = m.index + m[0].lastIndexOf(m[1]!);
    if (NOT_THIS_EVENT.test(text.slice(Math.max(0, yearAt - 30), yearAt))) continue;
    return { year: Number(m[1]), newYear: re === FESTIVAL && /Tết|Xuân/u.test(m[0]) && !/Bun|Chol|Chôl/u.test(m[0]), at: m.index };
  }
  return null;
}

/**
 * The occasion's year: first in the sentences around the event date (`near`), then anywhere in
 * the text, festivals before the event's own name before anniversaries.
 */
export function findOccasionYear(text: string, near: string): OccasionYear | null {
  for (const scope of [near, text]) {
    for (const re of [FESTIVAL, NAMED_EVENT, ANNIVERSARY]) {
      const hit = firstMatch(re, scope);
      if (hit) return hit;
    }
  }
  return null;
}

/** The year of a day and month on that occasion. */
export function yearOnOccasion(month: number, occasion: OccasionYear): number {
  return occasion.newYear && month >= 10 ? occasion.year - 1 : occasion.year;
}
