// The pairs of people the identity pass did not merge but an analyst may want to look at: foreign
// names whose variant keys are the same or one letter apart (src/graph/identity/variant-key.ts),
// with what they share and why they were kept apart. `kg curate suggest` lists them; accepting one
// is `kg curate merge KEEP OTHER`.
import type { GraphDump } from "../store";

export interface SuggestedPair {
  keep: string;
  keepName: string;
  other: string;
  otherName: string;
  country: string | null;
  /** The organisations both hold a role at. */
  sharedOrgs: string[];
  why: string;
}

/** Levenshtein distance, stopping early above `limit`. */
function within(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > limit) return false;
    prev = cur;
  }
  return prev[b.length]! <= limit;
}

export function suggestPairs(d: GraphDump): SuggestedPair[] {
  const name = new Map(d.nodes.map((n) => [n.id, String(n.props.name ?? n.id)]));
  const roleOrg = new Map(d.rels.filter((r) => r.type === "ROLE_AT").map((r) => [r.from, r.to]));
  const orgsOf = new Map<string, Set<string>>();
  for (const r of d.rels)
    if (r.type === "HOLDS_ROLE") {
      const org = roleOrg.get(r.to);
      if (org) orgsOf.set(r.from, (orgsOf.get(r.from) ?? new Set()).add(org));
    }
  // foreign people (or of no known country): Vietnamese names are never joined by spelling
  const people = d.nodes
    .filter((n) => n.label === "Person" && n.props.country !== "VN" && typeof n.props.variantKey === "string")
    .map((n) => ({ id: n.id, key: String(n.props.variantKey), country: (n.props.country as string | undefined) ?? null }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
  const out: SuggestedPair[] = [];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!,
        b = people[j]!;
      // sorted by key: only keys that share their first three letters are compared
      if (a.key.slice(0, 3) !== b.key.slice(0, 3)) break;
      if (a.key !== b.key && (a.key.length < 6 || !within(a.key, b.key, 1))) continue;
      if (a.country && b.country && a.country !== b.country) continue;
      const shared = [...(orgsOf.get(a.id) ?? [])].filter((o) => orgsOf.get(b.id)?.has(o));
      const why =
        a.key !== b.key
          ? "the spellings are one letter apart"
          : !a.country || !b.country
            ? "one of them has no known country"
            : shared.length === 0
              ? "no role or organisation in common"
              : "kept apart by an analyst's split";
      out.push({ keep: a.id, keepName: name.get(a.id)!, other: b.id, otherName: name.get(b.id)!, country: a.country ?? b.country, sharedOrgs: shared.map((o) => name.get(o) ?? o), why });
    }
  return out;
}
