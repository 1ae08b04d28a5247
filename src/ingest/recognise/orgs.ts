// Finds organisations by the naming patterns of the genre: propaganda departments (Ban Tuyên giáo,
// Ban Tuyên huấn, Ban Tuyên truyền, also "và Dân vận"), party committees, councils, people's
// committees and steering committees, at central or provincial level. Lists distribute ("Ban
// Tuyên huấn các tỉnh A, B và C" gives three mentions); a mention without a place is left bare
// (placeId null) for the resolver, which knows the context.
import type { Token } from "../text/tokens";
import type { PlaceMention } from "./places";
import { lowerBound, startingIn } from "../text/spans";
import { matchesAtWordStart } from "../text/word-start";

export const ORG_KINDS = ["propaganda", "party", "council", "people_committee", "admin", "bcd35", "ttdn", "front"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface OrgMention {
  kind: OrgKind;
  start: number;
  end: number;
  /** Explicit place of the mention, or null when bare ("Ban Tuyên giáo Tỉnh ủy"). */
  placeId: string | null;
  /** Central body of this country ("Ban Tuyên giáo TW"). */
  centralCountry: string | null;
  /** Vietnamese-style name (Tuyên giáo, Tỉnh ủy) or foreign-style (Tuyên huấn, Tuyên truyền). */
  style: "vn" | "foreign" | "any";
  /** "Thành ủy" rather than "Tỉnh ủy" was written. */
  cityCommittee: boolean;
  /** "và Dân vận": the 2025 name of the merged department. */
  withMassMobilisation: boolean;
  /** Mentions from one distributed list share a group number. */
  group: number;
}

const UY = "(?:ủy|uỷ|Ủy)";
const HEADS: ReadonlyArray<{ kind: OrgKind; style: OrgMention["style"]; re: string }> = [
  { kind: "propaganda", style: "vn", re: `[Bb]an [Tt]uyên giáo(?:,? [Tt]uyên huấn)?(?: và [Dd]ân vận)?` },
  { kind: "propaganda", style: "foreign", re: `[Bb]an [Tt]uyên huấn` },
  { kind: "propaganda", style: "foreign", re: `[Bb]an [Tt]uyên truyền` },
  { kind: "bcd35", style: "any", re: `(?:[Bb]an [Cc]hỉ đạo|BCĐ) 35` },
  { kind: "ttdn", style: "any", re: `(?:[Bb]an [Cc]hỉ đạo|BCĐ)(?: công tác)? (?:thông tin đối ngoại|TTĐN)(?: \\(TTĐN\\))?` },
  { kind: "council", style: "any", re: `(?:HĐND|Hội đồng [Nn]hân dân)` },
  { kind: "people_committee", style: "vn", re: `(?:UBND|${UY} ban [Nn]hân dân)` },
  { kind: "admin", style: "foreign", re: `${UY} ban [Cc]hính quyền` },
  { kind: "front", style: "vn", re: `(?:UBMTTQ(?: Việt Nam)?|${UY} ban MTTQ(?: Việt Nam)?|${UY} ban Mặt trận Tổ quốc(?: Việt Nam)?)` },
  { kind: "party", style: "any", re: `(?:Tỉnh|Thành|Khu) ${UY}(?! viên)` },
];
// one capture group per head, in order; no look-behind, so that the engine can scan for first letters fast
const HEAD_RE = new RegExp(HEADS.map((h) => `(${h.re})`).join("|"), "gu");
const WORD_CHAR = /[\p{L}\p{M}]/u;
const COMMITTEE = new RegExp(`^ (?:(Tỉnh|tỉnh|Thành|thành|Khu|khu) ${UY})(?! viên)`, "u");
const CENTRAL = /^ (?:Trung ương|Trung Ương|TW|TƯ|T\.Ư|T\.W)(?![\p{L}])/u;
const LEAD_IN = /^(?: của)?(?: các| hai| ba| bốn| năm| \d+)?(?: (?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|thủ đô|Thủ đô))?\s?/u;
const SEPARATOR = /^(?:,\s*và|,|\s+và|\s*-)\s+(?:(?:tỉnh|thành phố|Thành phố|TP\.?)\s+)?/u;

const COUNTRY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^[\s(,]*(?:của )?(?:Đảng (?:NDCM|Nhân dân Cách mạng) )?(?:nước )?(?:CHDCND )?Lào/u, "LA"],
  [/^[\s(,]*(?:của )?(?:Đảng Nhân dân )?Campuchia|^[\s(,]*\(?CPP/u, "KH"],
  [/^[\s(,]*(?:của )?(?:Đảng Cộng sản |ĐCS )?Trung Quốc/u, "CN"],
];

/** Place mentions that begin exactly at an offset. */
function placeAt(places: readonly PlaceMention[], at: number): PlaceMention | undefined {
  const p = places[lowerBound(places, at)];
  return p && p.start === at && p.kind === "place" ? p : undefined;
}

function placeBetween(places: readonly PlaceMention[], after: number, upTo: number): PlaceMention | undefined {
  return startingIn(places, after + 1, upTo + 1).find((x) => x.kind === "place");
}

/**
 * "đại diện Ban Tuyên huấn Trung ương" with no country after it: the Lao or Cambodian board, by
 * the one of the two the article names most (its country and its provinces); Laos when neither.
 */
function mainForeignCountry(places: readonly PlaceMention[]): string {
  let la = 0,
    kh = 0;
  for (const p of places) {
    const c = p.kind === "place" ? p.place.country : p.country.code;
    if (c === "LA") la++;
    else if (c === "KH") kh++;
  }
  return kh > la ? "KH" : "LA";
}

export function findOrgs(text: string, _tokens: readonly Token[], places: readonly PlaceMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  let group = 0;
  let consumedUpTo = 0;
  let foreignCountry: string | undefined;
  for (const m of matchesAtWordStart(HEAD_RE, text, WORD_CHAR)) {
    const start = m.index;
    let idx = 0;
    while (idx < HEADS.length && m[idx + 1] === undefined) idx++;
    const head = HEADS[idx];
    if (!head) continue;
    // "ban" in lower case is a head only inside a title ("Trưởng ban Tuyên giáo ...")
    if (/^ban/.test(m[0]) && !/(trưởng|Trưởng|[Pp]hó)\s*$/u.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "Tỉnh ủy" already consumed as the suffix of a department
    if (start < consumedUpTo) continue;
    let end = start + m[0].length;
    let style = head.style;
    let cityCommittee = /^Thành/u.test(m[0]);
    if (head.kind === "party" && /^Khu/u.test(m[0])) style = "foreign";
    if (/[Tt]uyên huấn/u.test(m[0]) && head.style === "vn") style = "any"; // "Tuyên giáo, Tuyên huấn"
    const c = COMMITTEE.exec(text.slice(end));
    if (c && head.kind !== "party") {
      end += c[0].length;
      cityCommittee = /^[Tt]hành/u.test(c[1] ?? "");
    }
    let centralCountry: string | null = null;
    const central = CENTRAL.exec(text.slice(end));
    if (central && head.kind !== "party" && head.kind !== "council" && head.kind !== "people_committee") {
      end += central[0].length;
      const after = text.slice(end, end + 60);
      centralCountry =
        COUNTRY_WORDS.find(([re]) => re.test(after))?.[1] ??
        (style === "foreign" ? (/truyền/u.test(m[0]) ? "CN" : (foreignCountry ??= mainForeignCountry(places))) : "VN");
      out.push({
        kind: head.kind,
        start,
        end,
        placeId: null,
        centralCountry,
        style,
        cityCommittee,
        withMassMobilisation: /[Dd]ân vận/u.test(m[0]),
        group: ++group,
      });
      consumedUpTo = end;
      continue;
    }
    // the place list: "tỉnh X", "các tỉnh A, B và C", "3 tỉnh A, B, C"
    const lead = LEAD_IN.exec(text.slice(end));
    const placeIds: Array<{ id: string; end: number; start?: number }> = [];
    const cursor = end + (lead ? lead[0].length : 0);
    // the place may be matched with its prefix ("tỉnh Viêng Chăn" is an alias of its own)
    let p = placeAt(places, cursor) ?? placeBetween(places, end, cursor);
    while (p && p.kind === "place") {
      placeIds.push({ id: p.place.id, end: p.end, start: p.start });
      const sep = SEPARATOR.exec(text.slice(p.end));
      if (!sep) break;
      const next =
        placeAt(places, p.end + sep[0].length) ??
        placeAt(places, p.end + sep[0].length - (sep[0].match(/(?:tỉnh|thành phố|Thành phố|TP\.?)\s+$/u)?.[0].length ?? 0));
      if (!next) break;
      p = next;
    }
    // "Thành ủy Hồ Chí Minh": bare "Hồ Chí Minh" is the person, but after a committee it is the city
    if (placeIds.length === 0) {
      const hcm = /^ (?:TP\.? ?|[Tt]hành phố )?Hồ Chí Minh(?![\p{L}])/u.exec(text.slice(end));
      if (hcm) placeIds.push({ id: "vn-ho-chi-minh", end: end + hcm[0].length });
    }
    const g = ++group;
    const withMassMobilisation = /[Dd]ân vận/u.test(m[0]);
    const mention = (from: number, to: number, placeId: string | null): OrgMention => ({
      kind: head.kind,
      start: from,
      end: to,
      placeId,
      centralCountry: null,
      style,
      cityCommittee,
      withMassMobilisation,
      group: g,
    });
    if (placeIds.length === 0) out.push(mention(start, end, null));
    // each place of a list is its own organisation; the first carries the head in its span
    else placeIds.forEach((pl, i) => out.push(mention(i === 0 ? start : (pl.start ?? start), pl.end, pl.id)));
    consumedUpTo = Math.max(consumedUpTo, placeIds.length ? placeIds[placeIds.length - 1]!.end : end);
  }
  return out.sort((a, b) => a.start - b.start);
}
