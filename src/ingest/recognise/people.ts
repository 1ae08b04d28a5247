// Finds named people in the genre's forms ("đồng chí X, <roles>", "do đồng chí X ... làm Trưởng
// đoàn", "ông/bà X", Lao names with hyphens or joined) and splits the appositive after the name
// into role phrases, each with the organisation it names.
import type { OrgMention } from "./orgs";
import type { PlaceMention } from "./places";
import { containing, startingIn } from "../text/spans";

export interface RolePhrase {
  /** Normalised title, e.g. "Trưởng ban", "Ủy viên Ban Thường vụ". */
  title: string;
  start: number;
  end: number;
  /** The organisation mention inside the phrase, if any. */
  org: OrgMention | null;
  /** "Tỉnh ủy viên": a member of the party committee, whose mention is implied. */
  impliedParty: boolean;
}

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  roles: RolePhrase[];
  /** End of the name and its appositive. */
  chainEnd: number;
}

const HONORIFIC = /(?<![\p{L}\p{M}])(?:đồng chí|Đồng chí|đ\/c|Đ\/c|ông|Ông|bà|Bà)(?::|\s)\s*/gu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{L}[\p{Ll}\p{M}]*)*(?=$|[\s,.;:()])/u;
const ROLE_START = new RegExp(
  "^(?:" +
    [
      "(?:Phó )?(?:Bí thư|Chủ tịch|Trưởng|Giám đốc|Tỉnh trưởng|Huyện trưởng|Đô trưởng|Chánh|Thủ tướng|Tổng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Chủ nhiệm)",
      "(?:Ủy|Uỷ|ủy) viên",
      "UV(?:BTV|TW)?",
      "(?:Tỉnh|Thành|Huyện) (?:ủy|uỷ) viên",
      "Thường (?:trực|vụ)",
      "Đại sứ",
      "Tổng Lãnh sự",
      "Nguyên",
      "Trưởng đoàn",
      "Phó trưởng",
      "Vụ phó",
    ].join("|") +
    ")(?![\\p{L}])",
  "iu",
);
const PHRASE_END =
  /\s(?:làm|là|dẫn đầu|cùng|đã|đang|sẽ|phát biểu|bày tỏ|nhấn mạnh|cho biết|khẳng định|đề nghị|tham dự|dự|có|tới|đến|tại|với|chủ trì|tiếp|thăm|trao|tặng|ký|và(?! [Dd]ân vận)|nêu|thông tin|báo cáo|chúc mừng|cảm ơn|mong muốn)(?![\p{L}])/u;
const STOP_NAMES = /^(?:Trưởng|Phó|Bí|Chủ|Ủy|Uỷ|Tỉnh|Thành|Giám|Vụ|Chánh|Thường|Đại|Tổng|Nguyên|Ban|Lãnh|Các|Hai|Đảng|Nhà)$/u;

function normaliseTitle(raw: string): string {
  let t = raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[,;:]+$/, "");
  t = t
    .replace(/^UVBTV\b/u, "Ủy viên Ban Thường vụ")
    .replace(/^UVTW\b/u, "Ủy viên Trung ương")
    .replace(/^UV\b/u, "Ủy viên");
  t = t
    .replace(/\bBTV\b/u, "Ban Thường vụ")
    .replace(/\bBCH\b/u, "Ban Chấp hành")
    .replace(/Uỷ/gu, "Ủy");
  t = t
    .replace(/(^|\s)trưởng(?=\s|$)/gu, "$1Trưởng")
    .replace(/\bBan(?=\s|$)/gu, "ban")
    .replace(/ ban Thường vụ/u, " Ban Thường vụ");
  t = t.replace(/(Trưởng) ban (Thường trực)/u, "$1 ban $2");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function readName(text: string, at: number): { name: string; end: number } | null {
  const words: string[] = [];
  let pos = at;
  while (words.length < 6) {
    const m = NAME_WORD.exec(text.slice(pos));
    if (!m) break;
    const rest = text.slice(pos);
    if (ROLE_START.test(rest) && words.length >= 2) break;
    if (STOP_NAMES.test(m[0]) && words.length === 0) return null;
    if (ROLE_START.test(rest) && STOP_NAMES.test(m[0])) break;
    words.push(m[0]);
    pos += m[0].length;
    if (text[pos] !== " ") break;
    if (!/^\p{Lu}/u.test(text.slice(pos + 1))) break;
    pos += 1;
  }
  if (words.length < 2) return null;
  const name = words.join(" ");
  return { name, end: at + name.length };
}

export function findPeople(text: string, orgs: readonly OrgMention[], places: readonly PlaceMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(HONORIFIC)) {
    const at = (m.index ?? 0) + m[0].length;
    const name = readName(text, at);
    if (!name) continue;
    // "bà Rịa": a place, not a person
    if (containing(places, at)) continue;
    const roles: RolePhrase[] = [];
    let pos = name.end;
    let chainEnd = name.end;
    for (;;) {
      const sep = /^(?:,\s*|\s+|\s*-\s*)/u.exec(text.slice(pos));
      const from = pos + (sep ? sep[0].length : 0);
      const rest = text.slice(from);
      if (!ROLE_START.test(rest)) break;
      const stop = rest.search(/[,;.!?\n]|\s\((?!TTĐN|BCĐ)/u);
      let phrase = stop >= 0 ? rest.slice(0, stop) : rest;
      const verb = PHRASE_END.exec(phrase);
      if (verb) phrase = phrase.slice(0, verb.index);
      // "(TTĐN) của tỉnh" stays with the phrase
      const tail = /^\s*\((?:TTĐN|BCĐ[^)]*)\)(?: của (?:tỉnh|thành phố))?/u.exec(rest.slice(phrase.length));
      const end = from + phrase.length + (tail && !verb ? tail[0].length : 0);
      const org = startingIn(orgs, from, end)[0] ?? null;
      const impliedParty = /^(?:Tỉnh|Thành|Huyện) (?:ủy|uỷ) viên/iu.test(phrase);
      let title = org ? text.slice(from, org.start) : phrase;
      if (org && /^[Bb]an/u.test(text.slice(org.start, org.end)) && /(Trưởng|trưởng|Phó)\s*$/u.test(title)) title = title.trimEnd() + " ban";
      if (org && org.kind === "ttdn" && /Trưởng\s*$/u.test(title)) title = title.trimEnd() + " ban";
      roles.push({ title: normaliseTitle(title || phrase), start: from, end, org, impliedParty });
      pos = end;
      chainEnd = end;
      if (verb || !/^,/.test(text.slice(end))) break;
    }
    out.push({ name: name.name, start: at, end: name.end, roles, chainEnd });
  }
  return out;
}
