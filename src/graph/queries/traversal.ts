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

/** Calls `visit` for each traversed relationship of a node, without building arrays (hot path). */
export function forEachStep(g: GraphView, id: string, visit: (other: string, type: RelType) => void): void {
  if (!g.g.hasNode(id)) return;
  g.g.forEachEdge(id, (_key, attrs, source, target) => {
    if (TRAVERSED.has(attrs.type)) visit(source === id ? target : source, attrs.type);
  });
}

/**
 * Distances from a node, up to maxHops, one ring at a time. `enough` stops the walk once a ring
 * is complete and the distances found so far satisfy the caller.
 */
export function bfs(g: GraphView, start: string, maxHops: number, enough: (dist: Map<string, number>) => boolean = () => false): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxHops && frontier.length && !enough(dist); d++) {
    const next: string[] = [];
    for (const id of frontier) {
      forEachStep(g, id, (other) => {
        if (dist.has(other)) return;
        dist.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  return dist;
}
