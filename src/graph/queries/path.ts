// path: how two entities are connected, by the shortest path.
import { z } from "zod";
import type { GraphView } from "../memory/graph-view";
import { lookupPlace } from "../../reference/gazetteer";
import { defineQuery, keyOf, text } from "./query-def";
import { forEachStep } from "./traversal";

const MAX_HOPS = 8;

/**
 * Breadth-first from both ends, always growing the smaller frontier, until they meet. Returns the
 * length of the shortest path and the distances found from each end, or null beyond maxHops.
 */
function meet(g: GraphView, from: string, to: string, maxHops: number) {
  type Side = { dist: Map<string, number>; frontier: string[]; depth: number };
  const sides: [Side, Side] = [
    { dist: new Map([[from, 0]]), frontier: [from], depth: 0 },
    { dist: new Map([[to, 0]]), frontier: [to], depth: 0 },
  ];
  let length = Infinity;
  while (sides[0].depth + sides[1].depth < maxHops) {
    const [grow, other] = sides[0].frontier.length <= sides[1].frontier.length ? [sides[0], sides[1]] : [sides[1], sides[0]];
    const next: string[] = [];
    grow.depth++;
    for (const id of grow.frontier) {
      forEachStep(g, id, (n) => {
        if (grow.dist.has(n)) return;
        grow.dist.set(n, grow.depth);
        next.push(n);
        const rest = other.dist.get(n);
        if (rest !== undefined) length = Math.min(length, grow.depth + rest);
      });
    }
    grow.frontier = next;
    if (length <= maxHops) return { length, fromStart: sides[0].dist, fromEnd: sides[1].dist, endDepth: sides[1].depth };
    if (!next.length) return null;
  }
  return null;
}

/** "province:vn-son-la" stays an id; "Sơn La", "son la", "Luang Prabang" become the province's id. */
function entityRef(s: string): string {
  if (/^[a-z_]+:/u.test(s)) return s;
  const place = lookupPlace(s);
  return place ? `province:${place.id}` : s;
}

export const pathQuery = defineQuery({
  name: "path",
  title: "How are two entities connected?",
  file: "queries/path.cypher",
  params: z.object({ from: text("from"), to: text("to") }).refine((p) => p.from !== p.to, { message: "from and to must differ", path: ["to"] }),
  row: z.object({ step: z.number().int(), id: z.string(), label: z.string(), name: z.string(), via: z.string().nullable() }),
  // an id, or a name as analysts type it: a province in any spelling, else any entity by its folded name
  prepare: (p) => ({ from: entityRef(p.from), fromKey: keyOf(p.from), to: entityRef(p.to), toKey: keyOf(p.to) }),
  embedded: (g, c) => {
    const a = g.nodeByIdOrKey(String(c.from), c.fromKey as string | null),
      b = g.nodeByIdOrKey(String(c.to), c.toKey as string | null);
    if (!a || !b || a.id === b.id) return [];
    const from = a.id,
      to = b.id;
    const found = meet(g, from, to, MAX_HOPS);
    if (!found) return [];
    const { length, fromStart, fromEnd, endDepth } = found;
    // A node at position p lies on a shortest path when it is p steps from `from` and length - p
    // steps from `to`. Every position is covered by one of the two searches: near `to`, the search
    // from `to` decides; nearer `from`, a node must still be shown to lead on to `to` (memoised).
    const leads = new Map<string, boolean>();
    const onPath = (id: string, p: number): boolean => {
      if (length - p <= endDepth) return fromEnd.get(id) === length - p;
      if (fromStart.get(id) !== p) return false;
      let ok = leads.get(id);
      if (ok === undefined) {
        let reaches = false;
        forEachStep(g, id, (other) => {
          reaches ||= onPath(other, p + 1);
        });
        ok = reaches;
        leads.set(id, ok);
      }
      return ok;
    };
    // Cypher orders the candidate paths by the key "id|TYPE|id|TYPE|…|id". Segments "TYPE|id|" end
    // with the separator, so the smallest next segment always gives the smallest key: walk greedily.
    const nodes = [from],
      vias: string[] = [];
    for (let p = 0, at = from; p < length; p++) {
      type Step = { segment: string; next: string; type: string };
      let best = null as Step | null;
      forEachStep(g, at, (other, type) => {
        if (!onPath(other, p + 1)) return;
        const segment = `${type}|${other}|`;
        if (!best || segment < best.segment) best = { segment, next: other, type };
      });
      if (!best) return [];
      nodes.push(best.next);
      vias.push(best.type);
      at = best.next;
    }
    return nodes.map((id, step) => {
      const n = g.node(id)!;
      return { step, id, label: n.label, name: n.name, via: step < vias.length ? vias[step]! : null };
    });
  },
});
