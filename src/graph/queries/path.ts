// path: how two entities are connected, by the shortest path.
import { z } from "zod";
import { defineQuery, text } from "./query-def";
import { bfs, steps } from "./traversal";

const MAX_HOPS = 8;

export const pathQuery = defineQuery({
  name: "path",
  title: "How are two entities connected?",
  file: "queries/path.cypher",
  params: z.object({ from: text("from"), to: text("to") }).refine((p) => p.from !== p.to, { message: "from and to must differ", path: ["to"] }),
  row: z.object({ step: z.number().int(), id: z.string(), label: z.string(), name: z.string(), via: z.string().nullable() }),
  prepare: (p) => ({ from: p.from, to: p.to }),
  embedded: (g, c) => {
    const from = String(c.from),
      to = String(c.to);
    if (!g.node(from) || !g.node(to)) return [];
    const distTo = bfs(g, to, MAX_HOPS);
    const total = distTo.get(from);
    if (total === undefined || total === 0) return [];
    // walk from `from` along edges that get one step nearer to `to`; the smallest key wins
    let best = null as { key: string; nodes: string[]; vias: string[] } | null;
    const walk = (id: string, nodes: string[], vias: string[], key: string) => {
      if (best && key > best.key.slice(0, key.length)) return; // cannot become the smallest
      if (id === to) {
        const full = key + to;
        if (!best || full < best.key) best = { key: full, nodes: [...nodes], vias: [...vias] };
        return;
      }
      const d = distTo.get(id)!;
      for (const { edge, other } of steps(g, id)) {
        if (distTo.get(other) !== d - 1) continue;
        walk(other, [...nodes, other], [...vias, edge.type], key + id + "|" + edge.type + "|");
      }
    };
    walk(from, [from], [], "");
    const found = best;
    if (!found) return [];
    return found.nodes.map((id, step) => {
      const n = g.node(id)!;
      return { step, id, label: n.label, name: n.name, via: step < found.vias.length ? found.vias[step]! : null };
    });
  },
});
