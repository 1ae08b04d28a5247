// Finds named people by the shapes the genre writes them in, not by one pattern:
// - after an honorific or a rank ("đồng chí X", "ông X", "ngài X", "Samdech X", "Đại tá X");
// - after a title chain ("Phó Trưởng ban Triệu Tài Vinh", "Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng");
// - in lists ("các đồng chí: A - Bí thư …; B, Phó Bí thư …") and before an appositive title
//   ("X - Ủy viên …, Bí thư …").
// Each person gets the role phrases of the chain before and the appositive after the name. A
// mention only reported ("lời chúc của đồng chí X", "cuộc điện đàm giữa …") is not a participant.
import type { BodyMention } from "./bodies";
import type { OrgMention } from "./orgs";
import type { PlaceMention } from "./places";
import { ADDRESS, RANK, ROLE_WORD, mayStartName, readName } from "./name-shapes";
import { containing, endBeforeNext, startAfterLast, startingIn } from "../text/spans";
import type { Token } from "../text/tokens";

export interface RolePhrase {
  /** Normalised title, e.g. "Trưởng ban", "Ủy viên Ban Thường vụ". */
  title: string;
  start: number;
  end: number;
  /** The organisation mention inside the phrase, if any. */
  org: OrgMention | null;
  /** A body known by its own name inside the phrase, when no organisation is ("Chủ tịch Ủy ban T.Ư Mặt trận Lào xây dựng đất nước"). */
  body: BodyMention | null;
  /** The place named in the phrase when no organisation is ("Tỉnh trưởng tỉnh Sê Kông"). */
  placeId: string | null;
  /** "Tỉnh ủy viên": a member of the party committee, whose mention is implied. */
  impliedParty: boolean;
}

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  roles: RolePhrase[];
  /** Start of the title chain before the name (or the name's start). */
  chainStart: number;
  /** End of the name and its appositive. */
  chainEnd: number;
  /** Takes part in what the article reports (not only mentioned). */
  participant: boolean;
}

const HONORIFIC = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${ADDRESS}|đ\\/c|Đ\\/c|Samdech|Sam-dech|${RANK})\\s*:?\\s*$`, "u");
const LEADING_ADDRESS = new RegExp(`^(?:${ADDRESS})\\s+`, "u");
const TRAILING_ADDRESS = new RegExp(`(?:${ADDRESS})\\s*$`, "u");
const LIST_OPEN = /(?:[:;]|\b(?:có|gồm))\s*$/u;
const APPOSITIVE = /^\s*(?:,|-|–|—)\s*(?=\S)/u;
const BOUNDARY = /[,;:.!?()\n]|\s[-–—]\s/gu;
const VERB_IN_CHAIN =
  /(?:^|\s)(?:đã|đang|sẽ|là|làm|có|tiếp|đón|thăm|dự|chủ trì|phát biểu|gửi|trao|tặng|ký|chào|hội đàm|cùng|dẫn đầu|với|của|cho|về|khi|để|được|nhận|mời)(?=\s|$)/u;
const REPORTED = /(?:điện đàm|trị vì|nhắc nhớ|là hạt nhân|đứng đầu là|di chúc)/u;
/** "lời chúc mừng … của đồng chí X": X's words reach the event, X does not. */
const REPORTED_BY = /(?<![\p{L}])(?:lời|kết luận|chỉ đạo|ý kiến|thư|điện|thông điệp|sự lãnh đạo)(?![\p{L}])[^.;:]{0,60}\scủa\s*$/u;
/**
 * "dâng hương tại Tượng đài Chủ tịch X", "Kỷ niệm 100 năm ngày sinh đồng chí X", "Trong khuôn khổ
 * chuyến thăm cấp Nhà nước của Tổng Bí thư X": a person named as history, as a monument or as the
 * head of the visit that frames this event does not take part in it.
 */
const HISTORY_OR_FRAME =
  /(?:(?<![\p{L}])(?:[Tt]ượng đài|[Tt]ượng|[Kk]hu lưu niệm|[Nn]hà lưu niệm|[Đđ]ền thờ|[Kk]hu di tích|[Dd]i tích|[Ll]ăng|[Pp]hần mộ|[Nn]hà tưởng niệm|[Bb]ảo tàng|ngày sinh|ngày mất|thời đại|[Tt]ư tưởng|tấm gương)|khuôn khổ (?:chuyến|cuộc) thăm[^.;:]{0,40}\scủa)\s*$/u;
const PHRASE_END =
  /[\s-](?:làm|là|dẫn đầu|cùng|đã|đang|sẽ|phát biểu|bày tỏ|nhấn mạnh|cho biết|khẳng định|đề nghị|tham dự|dự|có|tới|đến|với|chủ trì|tiếp|thăm|trao|tặng|ký|và(?! [Dd]ân vận| [Đđ]ầu tư| [Dd]u lịch)|nêu|thông tin|báo cáo|chúc mừng|cảm ơn|mong muốn|gửi|đồng chủ trì|chào đón|chào mừng|nồng nhiệt|hoan nghênh|giới thiệu|đồng chí|ông|bà)(?![\p{L}])/u;

export function normaliseTitle(raw: string): string {
  let t = raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^[,;:\-–\s]+|[,;:\-–\s]+$/gu, "");
  t = t
    .replace(/^UVBTV\b/u, "Ủy viên Ban Thường vụ")
    .replace(/^UVTW\b/u, "Ủy viên Trung ương")
    .replace(/^UV\b/u, "Ủy viên");
  t = t
    .replace(/\bBTV\b/u, "Ban Thường vụ")
    .replace(/\bBCH\b/u, "Ban Chấp hành")
    .replace(/Uỷ/gu, "Ủy")
    .replace(/uỷ/gu, "ủy");
  t = t
    .replace(/(^|\s)trưởng(?=\s|$)/gu, "$1Trưởng")
    .replace(/\bBan(?=\s|$)/gu, "ban")
    .replace(/ ban Thường vụ/u, " Ban Thường vụ");
  t = t.replace(/(Trưởng) ban (Thường trực)/u, "$1 ban $2");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const CONJUNCTION = /(?:^|\s)và\s+/gu;

/** Where the text after the last "và" of [start, end) begins, when that "và" is not inside an organisation's name; else -1. */
function lastConjunction(text: string, start: number, end: number, orgs: readonly OrgMention[]): number {
  let found = -1;
  for (const m of text.slice(start, end).matchAll(CONJUNCTION)) {
    const at = start + (m.index ?? 0) + m[0].indexOf("và");
    if (!containing(orgs, at)) found = start + (m.index ?? 0) + m[0].length;
  }
  return found;
}

/** The segments of the title chain that ends just before `at`, nearest last. */
function chainBefore(text: string, at: number, from: number, orgs: readonly OrgMention[]): Array<{ start: number; end: number }> {
  const cuts: number[] = [from];
  for (const m of text.slice(from, at).matchAll(BOUNDARY)) cuts.push(from + (m.index ?? 0) + m[0].length);
  const segs: Array<{ start: number; end: number }> = [];
  for (let i = cuts.length - 1; i >= 0; i--) {
    const start = cuts[i]!;
    const end = i === cuts.length - 1 ? at : cuts[i + 1]! - 1;
    let raw = text.slice(start, end);
    // "… Phó Chủ tịch UBND tỉnh An Giang và ông Ly Saveth": what stands before a "và" outside any
    // organisation's name is another person's title; the chain starts after it
    const joined = lastConjunction(text, start, end, orgs);
    if (joined >= 0) raw = text.slice(joined, end);
    const seg = raw.trim().replace(LEADING_ADDRESS, "");
    if (!seg) {
      if (i === cuts.length - 1 && /[-–—]\s*$/u.test(text.slice(from, at))) continue; // "… Quảng Bình - Vũ Đại Thắng"
      break;
    }
    // the chain may start inside the segment: "Cùng đi với đoàn có Trưởng ban Nội chính Tỉnh ủy X"
    let roleAt = -1;
    for (const r of seg.matchAll(/(?:^|\s)(?=\S)/gu)) {
      const k = (r.index ?? 0) + r[0].length;
      if (ROLE_WORD.test(seg.slice(k)) && !VERB_IN_CHAIN.test(seg.slice(k))) {
        roleAt = k;
        break;
      }
    }
    if (roleAt < 0) break;
    const segStart = (joined >= 0 ? joined : start) + raw.indexOf(seg) + roleAt;
    segs.unshift({ start: segStart, end: segStart + seg.slice(roleAt).trimEnd().length });
    if (roleAt > 0 || joined >= 0) break;
    if (!/,\s*$/u.test(text.slice(Math.max(from, start - 3), start))) break;
  }
  return segs;
}

function rolePhrase(
  text: string,
  start: number,
  end: number,
  orgs: readonly OrgMention[],
  places: readonly PlaceMention[],
  bodies: readonly BodyMention[],
): RolePhrase {
  const phrase = text.slice(start, end);
  const org = startingIn(orgs, start, end)[0] ?? null;
  const body = org ? null : (startingIn(bodies, start, end).find((b) => b.holdsRoles) ?? null);
  const place = org || body ? null : startingIn(places, start, end).find((p) => p.kind === "place");
  let title = org
    ? text.slice(start, org.start)
    : body
      ? text.slice(start, body.start)
      : place
        ? text.slice(start, place.start).replace(/\s(?:tỉnh|thành phố|thủ đô)\s*$/iu, "")
        : phrase;
  if (org && /^[Bb]an/u.test(text.slice(org.start, org.end)) && /(Trưởng|trưởng|Phó)\s*$/u.test(title)) title = title.trimEnd() + " ban";
  if (org && org.kind === "ttdn" && /Trưởng\s*$/u.test(title)) title = title.trimEnd() + " ban";
  return {
    title: normaliseTitle(title || phrase),
    start,
    end,
    org,
    body,
    placeId: place && place.kind === "place" ? place.place.id : null,
    impliedParty: /^(?:Tỉnh|Thành|Huyện) (?:ủy|uỷ) viên/iu.test(phrase),
  };
}

/** The appositive after a name: ", Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" up to a verb or a clause end. */
function rolesAfter(
  text: string,
  from: number,
  orgs: readonly OrgMention[],
  places: readonly PlaceMention[],
  bodies: readonly BodyMention[],
): { roles: RolePhrase[]; end: number } {
  const roles: RolePhrase[] = [];
  let pos = from;
  let end = from;
  for (let guard = 0; guard < 8; guard++) {
    const sep = /^(?:\s*[-–—]\s*|\s*,\s*|\s+)/u.exec(text.slice(pos, pos + 8));
    const at = pos + (sep ? sep[0].length : 0);
    const rest = text.slice(at, at + 300);
    if (!ROLE_WORD.test(rest)) break;
    // "Ủy ban T.Ư Mặt trận …": the full stop of an abbreviation does not end the phrase
    const stop = rest.search(/[,;!?\n]|(?<!(?:^|[\s(])T)\.|\s\((?!TTĐN|BCĐ)|\s[-–—]\s/u);
    let phrase = stop >= 0 ? rest.slice(0, stop) : rest;
    const verb = PHRASE_END.exec(phrase);
    if (verb) phrase = phrase.slice(0, verb.index);
    const phraseEnd = at + phrase.length;
    roles.push(rolePhrase(text, at, phraseEnd, orgs, places, bodies));
    pos = phraseEnd;
    end = phraseEnd;
    if (verb || !/^\s*,/u.test(text.slice(phraseEnd, phraseEnd + 3))) break;
  }
  return { roles, end };
}

/** A department's own title, which names no organisation: "Trưởng ban", "Phó Trưởng ban Thường trực". */
const BARE_DEPARTMENT_TITLE = /^(?:Phó )?Trưởng ban(?: Thường trực)?$/u;
/** What stands between a department and the title of the one who leads it: "X, do", "X do", "X (CPP), do". */
const DEPARTMENT_TO_LEADER = /^\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:do|với|cùng|là)?\s*$/u;

/**
 * "đại diện Ban Tuyên huấn Trung ương, do Phó Trưởng ban Pov Sotheara dẫn đầu": a bare department
 * title right after a department (and the party it belongs to) is a title at that department.
 */
function withNamedDepartment(text: string, role: RolePhrase, orgs: readonly OrgMention[], bodies: readonly BodyMention[]): RolePhrase {
  if (role.org || role.body || role.placeId || !BARE_DEPARTMENT_TITLE.test(role.title)) return role;
  const org = orgs.filter((o) => o.end <= role.start && o.end >= role.start - 80).pop();
  if (!org || !/^[Bb]an/u.test(text.slice(org.start, org.end))) return role;
  let gap = text.slice(org.end, role.start);
  // the party the department belongs to ("Ban Tuyên giáo và Dân vận Trung ương Đảng Cộng sản Việt Nam do …")
  for (const b of startingIn(bodies, org.end, role.start)) gap = gap.replace(text.slice(b.start, b.end), "");
  return DEPARTMENT_TO_LEADER.test(gap) ? { ...role, org } : role;
}

/** `bodies`: spans of named bodies ("Tạp chí A-lun-may"), never a person. */
/** How far the sentence around a name is read, each way (characters). */
const SENTENCE_REACH = 1500;

export function findPeople(
  text: string,
  tokens: readonly Token[],
  orgs: readonly OrgMention[],
  places: readonly PlaceMention[],
  bodies: readonly BodyMention[] = [],
): PersonMention[] {
  const out: PersonMention[] = [];
  let takenUpTo = 0;
  // every look around a name is bounded: a long text must not make each name cost the whole text
  const textEnd = text.trimEnd().length;
  // a name starts with a capitalised word, not glued to an apostrophe or a hyphen
  for (const token of tokens) {
    if (!token.upper) continue;
    const at = token.start;
    const glued = text.charAt(at - 1);
    if (glued === "-" || glued === "'" || glued === "’") continue;
    if (at < takenUpTo || containing(places, at) || containing(orgs, at) || containing(bodies, at) || !mayStartName(text, at)) continue;
    const pre = text.slice(Math.max(0, at - 60), at);
    const honorific = HONORIFIC.test(pre);
    const name = readName(text, at, honorific);
    if (!name) continue;
    // a name cut off by the end of an excerpt is not a name we can trust
    if (!/\S/u.test(text.slice(name.end, name.end + 2)) && name.end >= textEnd) continue;
    // the name may run into a place ("… Sê Kông Lếch-lảy"): places are never part of it
    const inside = startingIn(places, name.start, name.end)[0];
    if (inside) continue;
    const windowStart = Math.max(0, at - 200);
    const lineStart = startAfterLast(text, "\n", at, 200);
    const chain = chainBefore(text, at, Math.max(lineStart, windowStart), orgs);
    const appositive = APPOSITIVE.test(text.slice(name.end, name.end + 4)) && ROLE_WORD.test(text.slice(name.end, name.end + 80).replace(APPOSITIVE, ""));
    const dashApp = /^\s*[-–—]\s*/u.test(text.slice(name.end, name.end + 4)) && appositive;
    const listed = LIST_OPEN.test(pre) || (dashApp && /,\s*$/u.test(pre));
    const titled = chain.length > 0;
    if (!honorific && !titled && !(listed && appositive) && !(dashApp && at === lineStart)) continue;
    const after = rolesAfter(text, name.end, orgs, places, bodies);
    const before = chain.map((s) => rolePhrase(text, s.start, s.end, orgs, places, bodies));
    if (before[0]) before[0] = withNamedDepartment(text, before[0], orgs, bodies);
    // the sentence around the name, bounded both ways: a text without full stops costs no more
    const sentence = text.slice(startAfterLast(text, ".\n", at, SENTENCE_REACH), endBeforeNext(text, ".!?\n", after.end, SENTENCE_REACH));
    const head = chain[0]?.start ?? at;
    const lead = text.slice(Math.max(0, head - 100), head).replace(TRAILING_ADDRESS, "");
    const reported = REPORTED_BY.test(lead) || HISTORY_OR_FRAME.test(lead) || REPORTED.test(sentence);
    out.push({
      name: name.name,
      start: name.start,
      end: name.end,
      roles: [...before, ...after.roles],
      chainStart: chain[0]?.start ?? name.start,
      chainEnd: Math.max(after.end, name.end),
      participant: !reported,
    });
    takenUpTo = name.end;
  }
  return withoutOthersTitles(out);
}

/**
 * "Phó trưởng Ban Tuyên truyền … Trung Quốc Trương Kiến Xuân, Phó trưởng Ban Tuyên giáo … Việt Nam
 * Lê Hải Bình": a title phrase never runs over another person's name. A chain before the name stops
 * after the last other name in it, an appositive before the first.
 */
function withoutOthersTitles(people: PersonMention[]): PersonMention[] {
  // people come in text order: the names inside a phrase are found by range lookup
  const holdsName = (r: RolePhrase, self: number) => startingIn(people, r.start, r.end).some((q) => q.start !== self);
  return people.map((p) => {
    const before = p.roles.filter((r) => r.end <= p.start);
    const after = p.roles.filter((r) => r.end > p.start);
    let from = 0;
    before.forEach((r, i) => {
      if (holdsName(r, p.start)) from = i + 1;
    });
    let to = after.length;
    for (let i = after.length - 1; i >= 0; i--) if (holdsName(after[i]!, p.start)) to = i;
    if (from === 0 && to === after.length) return p;
    const keptBefore = before.slice(from);
    const keptAfter = after.slice(0, to);
    return {
      ...p,
      roles: [...keptBefore, ...keptAfter],
      chainStart: keptBefore[0]?.start ?? p.start,
      chainEnd: Math.max(p.end, keptAfter[keptAfter.length - 1]?.end ?? p.end),
    };
  });
}
