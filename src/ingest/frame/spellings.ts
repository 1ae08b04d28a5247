// One person spelt two ways in one article: Vietnamese transcriptions of Lao, Khmer and Chinese
// names vary by a tone mark, a final consonant, an initial s/x, hyphens and spacing ("Văn-xay
// Phong-sạ-vẳn", "Văn xay Phong xa vẳn"). Two spellings are one person only when the names are
// that close AND the article says the person is foreign (a Vietnamese name is written one way, so a
// near-miss there is two people) AND nothing in the article tells them apart (two sides, two
// countries, roles that do not match): never on the name alone.
import { foldKey } from "../../text/fold";

export interface SpelledPerson {
  name: string;
  /** The side (organisation or province key) the article gives the person, if any. */
  side: string | null;
  country: string | null;
  /** Role titles, normalised. */
  titles: readonly string[];
}

/** Edit distance between two strings, or `limit + 1` as soon as it exceeds `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Close enough to be one name transcribed twice: same first letter, one letter apart (two in long names); short names never. */
export function closeSpellings(a: string, b: string): boolean {
  const ka = foldKey(a),
    kb = foldKey(b);
  if (ka === kb) return true;
  if (ka[0] !== kb[0] || Math.min(ka.length, kb.length) < 10) return false;
  const limit = Math.min(ka.length, kb.length) >= 14 ? 2 : 1;
  return boundedEditDistance(ka, kb, limit) <= limit;
}

/** A foreign name transcribed: one of the two is known to be foreign, neither Vietnamese, no two countries. */
function transcribed(a: SpelledPerson, b: SpelledPerson): boolean {
  if (a.country === "VN" || b.country === "VN") return false;
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  return a.country !== null || b.country !== null;
}

/** No side, or the same side: a bare second mention ("Đồng chí X cảm ơn …") takes its person's. */
function sidesAgree(a: SpelledPerson, b: SpelledPerson): boolean {
  return a.side === null || b.side === null || a.side === b.side;
}

function rolesAgree(a: SpelledPerson, b: SpelledPerson): boolean {
  if (a.titles.length === 0 || b.titles.length === 0) return true;
  return a.titles.some((t) => b.titles.includes(t));
}

/**
 * Groups the spellings of one person. Returns, for the folded key of every name, the name that
 * stands for its person (the first spelling in the text) and, per such name, its other spellings.
 */
export function groupSpellings(people: readonly SpelledPerson[]): { canonical: Map<string, string>; aliases: Map<string, string[]> } {
  const canonical = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  const heads: SpelledPerson[] = [];
  for (const p of people) {
    const key = foldKey(p.name);
    if (canonical.has(key)) continue;
    const head = heads.find((h) => foldKey(h.name) === key || (transcribed(h, p) && sidesAgree(h, p) && rolesAgree(h, p) && closeSpellings(h.name, p.name)));
    if (!head) {
      heads.push(p);
      canonical.set(key, p.name);
      continue;
    }
    canonical.set(key, head.name);
    const list = aliases.get(head.name) ?? [];
    if (!list.includes(p.name)) list.push(p.name);
    aliases.set(head.name, list);
  }
  return { canonical, aliases };
}
