// Folding for matching: no diacritics, đ→d, lower case. The same fold the scorer and the search use.

/** Folds one string: "Hủa Phăn" → "hua phan" (spaces and punctuation kept). */
const cache = new Map<string, string>();

export function fold(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const out = s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  // words repeat a lot in a corpus: remember short ones (bounded)
  if (s.length <= 24) {
    if (cache.size > 200_000) cache.clear();
    cache.set(s, out);
  }
  return out;
}

/**
 * The longest key: keys serve lookups, and a key stays an index entry on Neo4j, whose range
 * index refuses values over 8 KB (a 9 KB title failed a whole batch there).
 */
export const MAX_KEY_LENGTH = 1000;

/** Folds and drops everything but letters and digits: "LuôngPhraBăng" → "luongphrabang" (at most MAX_KEY_LENGTH). */
const keyCache = new Map<string, string>();

export function foldKey(s: string): string {
  const hit = keyCache.get(s);
  if (hit !== undefined) return hit;
  const out = fold(s).replace(/[^a-z0-9]/g, "").slice(0, MAX_KEY_LENGTH);
  if (s.length <= 64) {
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(s, out);
  }
  return out;
}
