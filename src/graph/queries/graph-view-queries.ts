// graph-nodes and graph-edges: the explorer's view of the graph, filtered and size-limited.
import { z } from "zod";
import { NODE_LABELS, NodeLabelSchema, REL_TYPES, RelTypeSchema } from "../graph-model";
import { cmp, rankByDegree, sortRows, type GraphView } from "../memory/graph-view";
import { defineQuery, filters, flag, inYears, nul, prepareFilters, prop, yearOf } from "./query-def";

/** A list parameter: an array, or one comma-separated string as HTTP and the CLI give it. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    // as many as the view's largest advertised size (GET /api/graph?limit= up to 20 000)
    z.array(item).max(20000),
  );

/** An event without a year passes a year filter when `undated` is asked for. */
const yearPasses = (date: unknown, from: unknown, to: unknown, undated: unknown) => (undated === true && yearOf(date) === null) || inYears(date, from, to);

/**
 * Both sides of a country's partnerships (what graph-nodes.cypher keeps for $country): its own
 * nodes, the events it took part in or hosted, whoever took part in, hosted or attended such an
 * event or signed with it, and the provinces of the organisations that did.
 */
function partnershipSides(g: GraphView, country: string): Set<string> {
  const isX = (id: string) => g.node(id)?.country === country;
  const sides = new Set<string>();
  const events = new Set<string>();
  g.g.forEachNode((id, a) => {
    if (a.country === country && a.label !== "Event") sides.add(id);
    if (a.label === "Event" && g.in(id).some((e) => (e.type === "PARTICIPATED_IN" || e.type === "HOSTED") && isX(e.source))) events.add(id);
  });
  const withX = new Set<string>(); // organisations (and others) in an event with X, or signed with X
  for (const e of events) {
    sides.add(e);
    for (const r of g.in(e)) {
      if (r.type === "PARTICIPATED_IN" || r.type === "HOSTED" || r.type === "ATTENDED") sides.add(r.source);
      if (r.type === "PARTICIPATED_IN" || r.type === "HOSTED") withX.add(r.source);
    }
  }
  g.forEachRelOfType("SIGNED_WITH", (_a, s, t) => {
    for (const [side, other] of [
      [s, t],
      [t, s],
    ] as const) {
      if (!isX(other)) continue;
      sides.add(side);
      withX.add(side);
    }
  });
  for (const x of withX) for (const b of g.out(x, "BASED_IN")) if (g.node(b.target)?.label === "Province") sides.add(b.target);
  return sides;
}

export const DEFAULT_VIEW_LABELS = NODE_LABELS.filter((l) => l !== "Article" && l !== "Role");

export const graphNodesQuery = defineQuery({
  name: "graph-nodes",
  title: "Which nodes make up the explorer's view?",
  file: "queries/graph-nodes.cypher",
  params: z.object({
    labels: listOf(NodeLabelSchema).default([...DEFAULT_VIEW_LABELS]),
    ...filters("country", "yearFrom", "yearTo"),
    ids: listOf(z.string().min(1)).optional(),
    /** Keep events without a year under a year filter (the timeline's "show undated"). */
    undated: flag,
    limit: z.coerce.number().int().min(1).max(20000).default(2000),
  }),
  row: z.object({ id: z.string(), label: z.string(), name: z.string(), country: z.string().nullable(), date: z.string().nullable(), degree: z.number().int() }),
  prepare: (p) => ({
    labels: p.labels,
    ...prepareFilters(p, "country", "yearFrom", "yearTo"),
    ids: nul(p.ids),
    undated: p.undated,
    limit: p.limit,
  }),
  embedded: (g, c) => {
    const labels = new Set(c.labels as string[]);
    // the best connected first: the store's ranking, or the few ids asked for ranked here
    const order =
      c.ids === null
        ? g.nodesByDegree()
        : rankByDegree(
            g.g,
            [...new Set(c.ids as string[])].filter((id) => g.g.hasNode(id)),
          );
    const sides = c.country === null ? null : partnershipSides(g, String(c.country));
    const rows = [];
    for (const id of order) {
      if (rows.length >= Number(c.limit)) break;
      const n = g.g.getNodeAttributes(id);
      if (!labels.has(n.label)) continue;
      if (sides && !sides.has(id) && !(n.label !== "Event" && (n.country === undefined || n.country === null))) continue;
      if (n.label === "Event" && !yearPasses(n.date, c.yearFrom, c.yearTo, c.undated)) continue;
      rows.push({ id, label: n.label, name: n.name, country: prop(n.country), date: prop(n.date), degree: g.g.degree(id) });
    }
    return rows;
  },
});

/**
 * The explorer's edges: the relationships of one type from one node to another merged into one
 * weighted edge (the signings of several documents between two departments are one link, drawn
 * thicker), with how many there are, which documents they concern and how many sentences state them.
 */
export const ViewEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  count: z.number().int(),
  documents: z.array(z.string()),
  evidenceCount: z.number().int(),
});
export type ViewEdge = z.infer<typeof ViewEdgeSchema>;

export const graphEdgesQuery = defineQuery({
  name: "graph-edges",
  title: "Which relationships join these nodes?",
  file: "queries/graph-edges.cypher",
  params: z.object({
    ids: listOf(z.string().min(1)),
    types: listOf(RelTypeSchema).default([...REL_TYPES]),
    ...filters("yearFrom", "yearTo"),
    undated: flag,
  }),
  row: ViewEdgeSchema,
  prepare: (p) => ({ ids: p.ids, types: p.types, ...prepareFilters(p, "yearFrom", "yearTo"), undated: p.undated }),
  embedded: (g, c) => {
    const ids = new Set(c.ids as string[]);
    const types = new Set(c.types as string[]);
    const byYear = c.yearFrom !== null || c.yearTo !== null;
    const rows: ViewEdge[] = [];
    // sources in order; each source's edges merged by target and type, then sorted
    for (const id of [...ids].sort(cmp)) {
      if (!g.g.hasNode(id)) continue;
      const merged = new Map<string, ViewEdge & { docs: Set<string> }>();
      g.g.forEachOutEdge(id, (_key, a, source, target) => {
        if (!ids.has(target) || !types.has(a.type)) return;
        if (byYear && a.event !== null && a.event !== undefined) {
          const ev = g.node(String(a.event));
          if (ev?.label !== "Event" || !yearPasses(ev.date, c.yearFrom, c.yearTo, c.undated)) return;
        }
        const k = `${target}\u0000${a.type}`;
        let e = merged.get(k);
        if (!e) merged.set(k, (e = { source, target, type: a.type, count: 0, documents: [], evidenceCount: 0, docs: new Set() }));
        e.count++;
        e.evidenceCount += a.evidenceText.length;
        if (typeof a.document === "string") e.docs.add(a.document);
      });
      const group = [...merged.values()].map(({ docs, ...e }) => ({ ...e, documents: [...docs].sort(cmp) }));
      rows.push(...sortRows(group, ["target", "type"]));
    }
    return rows;
  },
});
