// Which nodes may match a search, kept by the embedded store as nodes are added: every folded word
// of a node's names (searchText) and every folded alias key, under its first one, two and three
// letters. A search reads one bucket instead of every node, then checks the exact rule.
import type { NodeAttrs } from "./graph-view";

const PREFIX_LENGTHS = [1, 2, 3] as const;
const LONGEST_PREFIX = 3;

function bucketKey(term: string): string {
  return term.slice(0, LONGEST_PREFIX);
}

export class SearchIndex {
  private readonly byWord = new Map<string, Set<string>>();
  private readonly byAlias = new Map<string, Set<string>>();

  private static put(map: Map<string, Set<string>>, term: string, id: string): void {
    for (const n of PREFIX_LENGTHS) {
      if (term.length < n) break;
      const k = term.slice(0, n);
      let set = map.get(k);
      if (!set) map.set(k, (set = new Set()));
      set.add(id);
    }
  }

  add(id: string, a: NodeAttrs): void {
    if (typeof a.searchText === "string") for (const w of a.searchText.split(" ")) if (w) SearchIndex.put(this.byWord, w, id);
    if (Array.isArray(a.aliasKeys)) for (const k of a.aliasKeys) if (typeof k === "string" && k) SearchIndex.put(this.byAlias, k, id);
  }

  /**
   * Every node whose words start with all of `words`, or whose alias key starts with `key`, is
   * among these (and others may be: the caller checks the exact rule).
   */
  candidates(words: readonly string[], key: string): Set<string> {
    let smallest: ReadonlySet<string> | undefined;
    for (const w of words) {
      const set = this.byWord.get(bucketKey(w));
      if (!set) {
        smallest = new Set();
        break;
      }
      if (!smallest || set.size < smallest.size) smallest = set;
    }
    const out = new Set(words.length ? (smallest ?? []) : []);
    for (const id of key ? (this.byAlias.get(bucketKey(key)) ?? []) : []) out.add(id);
    return out;
  }

  clear(): void {
    this.byWord.clear();
    this.byAlias.clear();
  }
}
