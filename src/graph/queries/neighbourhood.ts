// neighbourhood: entities within N hops of one entity.
import { z } from "zod";
import { sortRows } from "../memory/graph-view";
import { defineQuery, text } from "./query-def";
import { bfs } from "./traversal";

export const neighbourhoodQuery = defineQuery({
  name: "neighbourhood",
  title: "What is within N hops of an entity?",
  file: "queries/neighbourhood.cypher",
  params: z.object({
    id: text("id"),
    hops: z.coerce.number().int("hops must be a whole number").min(1).max(3).default(1),
    limit: z.coerce.number().int().min(1).max(5000).default(200),
  }),
  row: z.object({ id: z.string(), label: z.string(), name: z.string(), distance: z.number().int() }),
  prepare: (p) => ({ id: p.id, hops: p.hops, limit: p.limit }),
  embedded: (g, c) => {
    if (!g.node(String(c.id))) return [];
    // the answer is ordered by distance first: a ring is needed only while the nearer ones are short
    const dist = bfs(g, String(c.id), Number(c.hops), (found) => found.size - 1 >= Number(c.limit));
    const rows = [];
    for (const [id, distance] of dist) {
      if (id === c.id) continue;
      const n = g.node(id)!;
      rows.push({ id, label: n.label, name: n.name, distance });
    }
    return sortRows(rows, ["distance", "label", "name", "id"]).slice(0, Number(c.limit));
  },
});
