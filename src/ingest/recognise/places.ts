// Finds provinces and countries in text: every spelling of the gazetteer, joined and hyphenated
// forms included, longest match first, proper-noun capitalisation required.
import { ALIAS_INDEX, ALIAS_PREFIXES, MAX_ALIAS_WORDS, getPlace, spellingFits, type Country, type Place } from "../../reference/gazetteer";
import type { Token } from "../text/tokens";

export type PlaceMention =
  | { kind: "place"; place: Place; start: number; end: number; tokenStart: number; tokenEnd: number }
  | { kind: "country"; country: Country; start: number; end: number; tokenStart: number; tokenEnd: number };

/** Words that make a following name a river, a district or a street, not a province. */
const NOT_A_PROVINCE_BEFORE = new Set([
  "song",
  "nui",
  "deo",
  "huyen",
  "xa",
  "phuong",
  "quan",
  "ban",
  "lang",
  "duong",
  "pho",
  "thon",
  "suoi",
  "ho",
  "cau",
  "cang",
  "cua",
]);
const CAPITAL_MARKERS = /(thu do|thanh pho|thanh uy|do truong)\s*$/;

const LOWER_PLACE_OPENER = /^(tinh|thanh|thu|tp|nuoc|chau)$/;

/** A place name opens with a capital, or with "tỉnh", "thành phố", "thủ đô", "nước", "châu". */
function mayOpenPlace(first: Token): boolean {
  if (first.upper) return true;
  // most words are lower case: rule them out by their first letter before folding them
  const c = first.text.charAt(0);
  return (c === "t" || c === "n" || c === "c") && first.text.length <= 5 && LOWER_PLACE_OPENER.test(first.folded);
}

function isCapitalised(tokens: readonly Token[], i: number, j: number): boolean {
  const last = tokens[j - 1];
  const first = tokens[i];
  // "Bô Ly Khăm xay": a long name may end in a lower-case syllable
  return !!last && !!first && (last.upper || (j - i >= 3 && first.upper)) && mayOpenPlace(first);
}

/** Whether the gap between two words holds one of the stop characters. */
function gapHasStop(text: string, from: number, to: number, stops: string): boolean {
  for (let k = from; k < to; k++) if (stops.includes(text.charAt(k))) return true;
  return false;
}

export function findPlaces(text: string, tokens: readonly Token[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!mayOpenPlace(tokens[i]!)) {
      i++; // no match can start here (the test every match passes): skip the lookups
      continue;
    }
    let matched: PlaceMention | null = null;
    // extend word by word while the joined folded words are still the start of some alias
    let key = "";
    for (let j = i + 1; j <= Math.min(tokens.length, i + MAX_ALIAS_WORDS); j++) {
      if (j > i + 1 && gapHasStop(text, tokens[j - 2]!.end, tokens[j - 1]!.start, ",.;:()!?\n")) break;
      key += tokens[j - 1]!.folded;
      if (!ALIAS_PREFIXES.has(key)) break;
      const hit = ALIAS_INDEX.get(key);
      if (!hit || !isCapitalised(tokens, i, j)) continue;
      const start = tokens[i]!.start,
        end = tokens[j - 1]!.end;
      if (hit.kind === "place" && !spellingFits(hit.place, text.slice(start, end))) continue;
      matched =
        hit.kind === "place"
          ? { kind: "place", place: hit.place, start, end, tokenStart: i, tokenEnd: j }
          : { kind: "country", country: hit.country, start, end, tokenStart: i, tokenEnd: j };
    }
    if (!matched) {
      i++;
      continue;
    }
    const prev = tokens[matched.tokenStart - 1];
    const next = tokens[matched.tokenEnd];
    const prevAdjacent = prev && /^\s+$/.test(text.slice(prev.end, matched.start));
    const nextAdjacent = next && text.slice(matched.end, next.start) === " ";
    let keep = true;
    if (matched.kind === "place" && prevAdjacent && NOT_A_PROVINCE_BEFORE.has(prev.folded) && !/^\p{Lu}/u.test(prev.text)) keep = false;
    // "Thái Bình Dương": one capitalised word glued to the match makes it another name; a run of
    // two or more is the name of a person after a title ("Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng")
    if (keep && nextAdjacent && next.upper && !startsPlace(text, tokens, matched.tokenEnd) && !/^(TW|TƯ)$/u.test(next.text)) {
      const personAfter = /^ \p{Lu}[\p{Ll}\p{M}]*(?:\s?[-–]|\s\p{Lu})/u.test(text.slice(matched.end, matched.end + 40));
      keep = matched.kind === "country" || isRoleOrOrgWord(next.folded) || personAfter;
    }
    if (keep && matched.kind === "place" && matched.place.id === "la-vientiane-province") {
      const before = tokens
        .slice(Math.max(0, matched.tokenStart - 3), matched.tokenStart)
        .map((t) => t.folded)
        .join(" ");
      if (CAPITAL_MARKERS.test(before)) matched = { ...matched, place: getPlace("la-vientiane-capital") };
    }
    if (keep) out.push(matched);
    i = matched.tokenEnd;
  }
  return capitalOnceNamed(out, tokens);
}

/**
 * "Thủ đô Vientiane … giữa hai bên Nghệ An và Vientiane": once an article names the capital, a bare
 * "Vientiane" is the capital too; only "tỉnh Vientiane" stays the province.
 */
function capitalOnceNamed(out: PlaceMention[], tokens: readonly Token[]): PlaceMention[] {
  if (!out.some((m) => m.kind === "place" && m.place.id === "la-vientiane-capital")) return out;
  return out.map((m) =>
    m.kind === "place" && m.place.id === "la-vientiane-province" && tokens[m.tokenStart - 1]?.folded !== "tinh"
      ? { ...m, place: getPlace("la-vientiane-capital") }
      : m,
  );
}

function isRoleOrOrgWord(folded: string): boolean {
  return /^(ban|tinh|thanh|dang|uy|hoi|so|bo|chu|pho|truong|bi|nuoc|viet|lao|campuchia|trung)$/.test(folded);
}

function startsPlace(text: string, tokens: readonly Token[], i: number): boolean {
  let key = "";
  for (let j = i + 1; j <= Math.min(tokens.length, i + MAX_ALIAS_WORDS); j++) {
    if (j > i + 1 && gapHasStop(text, tokens[j - 2]!.end, tokens[j - 1]!.start, ",.;")) return false;
    key += tokens[j - 1]!.folded;
    if (!ALIAS_PREFIXES.has(key)) return false;
    if (ALIAS_INDEX.has(key)) return true;
  }
  return false;
}
