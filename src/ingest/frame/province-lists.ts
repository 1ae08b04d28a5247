// Provinces given as a list: "đại biểu … của 10 tỉnh có biên giới tiếp giáp với Lào gồm: Điện Biên,
// Sơn La, …", "sang thăm, chúc Tết … các tỉnh: Attapeu, Champasak, Salavan, Sê Kông". Each listed
// province takes part when the sentence states attendance or a visit, and not as a plan ("sẽ tham
// dự Chương trình … giữa Bí thư 4 tỉnh – khu gồm: …").
import type { PlaceMention } from "../recognise/places";
import type { Sentence } from "../text/sentences";
import { lowerBound } from "../text/spans";

const LIST_OPENER = /(?<![\p{L}])(?:\d+|các|những|hai|ba|bốn|năm) (?:tỉnh|địa phương|tỉnh, thành phố|tỉnh, thành)(?![\p{L}])[^.:;\n]{0,80}?:/gu;
const TAKES_PART = /(?<![\p{L}])(?:tham dự|dự|tham gia|đại biểu|đại diện|thăm|làm việc|chúc Tết|chúc mừng)(?![\p{L}])/u;
const PLANNED = /(?<![\p{L}])(?:sẽ|dự kiến|kế hoạch|chuẩn bị)(?![\p{L}])/u;
/** What may stand between two listed names: a comma, "và", a country in brackets. */
const LIST_GAP = /^(?:\s*,\s*|\s+và\s+|\s*\([^()]{1,40}\)\s*(?:,|và)?\s*)$/u;

export function listedProvinces(text: string, sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const s of sentences) {
    LIST_OPENER.lastIndex = 0;
    for (const m of s.text.matchAll(LIST_OPENER)) {
      // the clause before the list, bounded: a sentence without full stops costs no more
      const before = s.text.slice(Math.max(0, m.index - 300), m.index);
      if (!TAKES_PART.test(before + m[0]) || PLANNED.test(before)) continue;
      const from = s.start + m.index + m[0].length;
      const listed: PlaceMention[] = [];
      let at = from;
      for (let i = lowerBound(places, from); i < places.length && places[i]!.start < s.end; i++) {
        const p = places[i]!;
        if (p.kind !== "place") break;
        const gap = text.slice(at, p.start);
        if (listed.length === 0 ? gap.trim() !== "" : !LIST_GAP.test(gap)) break;
        listed.push(p);
        at = p.end;
      }
      if (listed.length >= 2) out.push(...listed);
    }
  }
  return out;
}
