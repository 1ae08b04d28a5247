// Under a year or partner-country filter the explorer shows the chosen events and what is
// connected to them, nothing else: whoever took part in, hosted, attended or led a delegation to
// one of them, whoever signed with a chosen partner in those years, and the provinces the
// organisations among them are based in (so that they sit on the map). A province, an
// organisation or a person with no such event is left out, however well connected otherwise.

export interface ViewNodeRow {
  id: string;
  label: string;
}
export interface ViewEdgeRow {
  source: string;
  target: string;
  type: string;
}

/** Relationships that are tied to one event (their event is what the year filter judged). */
const EVENT_BOUND = new Set(["SIGNED_WITH", "LED_DELEGATION"]);
/** Relationships that put a kept node on the map. */
const PLACING = new Set(["BASED_IN", "HELD_IN"]);

export function connectedToEvents<N extends ViewNodeRow, E extends ViewEdgeRow>(
  nodes: readonly N[],
  edges: readonly E[],
  alwaysKept: ReadonlySet<string> = new Set(),
): { nodes: N[]; edges: E[] } {
  const events = new Set(nodes.filter((n) => n.label === "Event").map((n) => n.id));
  const kept = new Set<string>([...events, ...alwaysKept]);
  for (const e of edges) {
    if (events.has(e.source)) kept.add(e.target);
    if (events.has(e.target)) kept.add(e.source);
    if (EVENT_BOUND.has(e.type)) kept.add(e.source).add(e.target);
  }
  for (const e of edges) if (PLACING.has(e.type) && kept.has(e.source)) kept.add(e.target);
  return {
    nodes: nodes.filter((n) => kept.has(n.id)),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}
