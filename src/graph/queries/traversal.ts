// Breadth-first traversal over the relationships that neighbourhood and path follow.
import { REL_TYPES, type RelType } from "../graph-model";
import type { EdgeView, GraphView } from "../memory/graph-view";

/** Every relationship but country membership: every node of a country would be two hops away. */
export const TRAVERSED: ReadonlySet<RelType> = new Set<RelType>(REL_TYPES.filter((t) => t !== "IN_COUNTRY"));

export function steps(g: GraphView, id: string): Array<{ edge: EdgeView; other: string }> {
  return g
    .both(id)
    .filter((e) => TRAVERSED.has(e.type))
    .map((edge) => ({ edge, other: edge.source === id ? edge.target : edge.source }));
}

/** Distances from a node, up to maxHops. */
export function bfs(g: GraphView, start: string, maxHops: number): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxHops && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other } of steps(g, id)) {
        if (dist.has(other)) continue;
        dist.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}
