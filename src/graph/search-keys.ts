// Search keys computed in TypeScript for both stores: folded name, folded aliases, and a text of
// folded words for Neo4j's full-text index (which has no Vietnamese analyzer).
import { fold, foldKey } from "../text/fold";

export function searchProps(
  name: string,
  aliases: readonly string[],
): { name: string; nameKey: string; aliases: string[]; aliasKeys: string[]; searchText: string } {
  const all = [...new Set([name, ...aliases].filter(Boolean))];
  const keys = [...new Set(all.map(foldKey).filter(Boolean))];
  const words = new Set<string>();
  for (const a of all) for (const w of fold(a).split(/[^a-z0-9]+/)) if (w) words.add(w);
  for (const k of keys) words.add(k);
  return { name, nameKey: foldKey(name), aliases: all, aliasKeys: keys, searchText: [...words].join(" ") };
}

/** Query words and the joined key, as the search query matches them. */
export function searchTerms(q: string): { words: string[]; key: string } {
  return {
    words: fold(q)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
    key: foldKey(q),
  };
}
