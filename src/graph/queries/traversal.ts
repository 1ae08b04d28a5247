// Breadth-first traversal over the relationships that neighbourhood and path follow.
import type { RelType } from "../graph-model";
import type { EdgeView, GraphView } from "../memory/graph-view";

export const TRAVERSED: ReadonlySet<RelType> = new Set<RelType>([
  "BASED_IN",
  "HOLDS_ROLE",
  "ROLE_AT",
  "LED_DELEGATION",
  "PARTICIPATED_IN",
  "HOSTED",
  "HELD_IN",
  "SIGNED_WITH",
  "ATTENDED",
  "REPORTED_IN",
]);

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
