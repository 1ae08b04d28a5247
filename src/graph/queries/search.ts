// search: find entities by any spelling.
import { z } from "zod";
import { NodeLabelSchema } from "../graph-model";
import { sortRows } from "../memory/graph-view";
import { searchTerms } from "../search-keys";
import { defineQuery, nul, prop } from "./query-def";

export const SEARCHABLE = ["Province", "Organization", "Person", "Country", "Event"] as const;

export const searchQuery = defineQuery({
  name: "search",
  title: "Which entities have this name (any spelling)?",
  file: "queries/search.cypher",
  params: z.object({
    q: z
      .string()
      .trim()
      .min(1, "q must not be empty")
      .max(200, "q is too long (200 characters at most)")
      .refine((q) => searchTerms(q).key.length > 0, "q must contain a letter or a digit"),
    label: NodeLabelSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  }),
  row: z.object({ id: z.string(), label: z.string(), name: z.string(), country: z.string().nullable(), rank: z.number().int() }),
  prepare: (p) => {
    const { words, key } = searchTerms(p.q);
    // folded words are [a-z0-9] only: nothing to escape in the Lucene syntax
    const lucene = `(${words.map((w) => `+${w}*`).join(" ")}) OR ${key}*`;
    return { lucene, words, key, label: nul(p.label), limit: p.limit };
  },
  embedded: (g, c) => {
    const words = c.words as string[];
    const key = String(c.key);
    const rows = [];
    const searchable = new Set<string>(c.label === null ? SEARCHABLE : SEARCHABLE.filter((l) => l === c.label));
    const nodes = g.indexes
      ? [...g.indexes.search.candidates(words, key)].map((id) => g.node(id)!).filter((n) => searchable.has(n.label))
      : SEARCHABLE.filter((l) => searchable.has(l)).flatMap((l) => g.nodesByLabel(l));
    for (const n of nodes) {
      const tokens = String(n.searchText ?? "").split(" ");
      const aliasKeys = (n.aliasKeys as string[] | undefined) ?? [];
      const hit = words.every((w) => tokens.some((t) => t.startsWith(w))) || aliasKeys.some((k) => k.startsWith(key));
      if (!hit) continue;
      const rank = n.nameKey === key || aliasKeys.includes(key) ? 0 : String(n.nameKey).startsWith(key) || aliasKeys.some((k) => k.startsWith(key)) ? 1 : 2;
      rows.push({ id: n.id, label: n.label, name: n.name, country: prop(n.country), rank, size: n.name.length });
    }
    return sortRows(rows, ["rank", "size", "name", "id"])
      .slice(0, Number(c.limit))
      .map(({ size: _size, ...r }) => r);
  },
});
