// stats: counts by node label and relationship type.
import { z } from "zod";
import { sortRows } from "../memory/graph-view";
import { defineQuery } from "./query-def";

export const statsQuery = defineQuery({
  name: "stats",
  title: "How big is the graph?",
  file: "queries/stats.cypher",
  params: z.object({}),
  row: z.object({ kind: z.enum(["node", "relationship"]), type: z.string(), count: z.number().int() }),
  prepare: () => ({}),
  embedded: (g) => {
    const counts = new Map<string, number>();
    if (g.indexes) {
      for (const [label, ids] of g.indexes.byLabel) if (ids.length) counts.set(`node|${label}`, ids.length);
      for (const [type, keys] of g.indexes.relsByType) if (keys.length) counts.set(`relationship|${type}`, keys.length);
    } else {
      g.g.forEachNode((_, a) => counts.set(`node|${a.label}`, (counts.get(`node|${a.label}`) ?? 0) + 1));
      g.g.forEachEdge((_, a) => counts.set(`relationship|${a.type}`, (counts.get(`relationship|${a.type}`) ?? 0) + 1));
    }
    const rows = [...counts].map(([k, count]) => {
      const [kind, type] = k.split("|") as [string, string];
      return { kind, type, count };
    });
    return sortRows(rows, ["kind", "type"]);
  },
});
