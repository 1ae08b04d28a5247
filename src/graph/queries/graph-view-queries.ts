// graph-nodes and graph-edges: the explorer's view of the graph, filtered and size-limited.
import { z } from "zod";
import { NODE_LABELS, NodeLabelSchema, REL_TYPES, RelTypeSchema } from "../graph-model";
import { cmp, rankByDegree, sortRows } from "../memory/graph-view";
import { countryCode, defineQuery, inYears, nul, prop, year } from "./query-def";

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
    z.array(item).max(5000),
  );

export const DEFAULT_VIEW_LABELS = NODE_LABELS.filter((l) => l !== "Article" && l !== "Role");

export const graphNodesQuery = defineQuery({
  name: "graph-nodes",
  title: "Which nodes make up the explorer's view?",
  file: "queries/graph-nodes.cypher",
  params: z.object({
    labels: listOf(NodeLabelSchema).default([...DEFAULT_VIEW_LABELS]),
    country: countryCode.optional(),
    ids: listOf(z.string().min(1)).optional(),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    limit: z.coerce.number().int().min(1).max(20000).default(2000),
  }),
  row: z.object({ id: z.string(), label: z.string(), name: z.string(), country: z.string().nullable(), date: z.string().nullable(), degree: z.number().int() }),
  prepare: (p) => ({ labels: p.labels, country: nul(p.country), ids: nul(p.ids), yearFrom: nul(p.yearFrom), yearTo: nul(p.yearTo), limit: p.limit }),
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
    const rows = [];
    for (const id of order) {
      if (rows.length >= Number(c.limit)) break;
      const n = g.g.getNodeAttributes(id);
      if (!labels.has(n.label)) continue;
      if (c.country !== null && n.country !== undefined && n.country !== null && n.country !== c.country) continue;
      if (n.label === "Event" && !inYears(n.date, c.yearFrom, c.yearTo)) continue;
      rows.push({ id, label: n.label, name: n.name, country: prop(n.country), date: prop(n.date), degree: g.g.degree(id) });
    }
    return rows;
  },
});

const graphEdgeRow = z.object({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  key: z.string(),
  document: z.string().nullable(),
  period: z.string().nullable(),
  evidenceCount: z.number().int(),
});

export const graphEdgesQuery = defineQuery({
  name: "graph-edges",
  title: "Which relationships join these nodes?",
  file: "queries/graph-edges.cypher",
  params: z.object({
    ids: listOf(z.string().min(1)),
    types: listOf(RelTypeSchema).default([...REL_TYPES]),
    yearFrom: year.optional(),
    yearTo: year.optional(),
  }),
  row: graphEdgeRow,
  prepare: (p) => ({ ids: p.ids, types: p.types, yearFrom: nul(p.yearFrom), yearTo: nul(p.yearTo) }),
  embedded: (g, c) => {
    const ids = new Set(c.ids as string[]);
    const types = new Set(c.types as string[]);
    const byYear = c.yearFrom !== null || c.yearTo !== null;
    const rows: Array<Record<string, unknown>> = [];
    // sources in order; each source's few edges sorted among themselves
    for (const id of [...ids].sort(cmp)) {
      if (!g.g.hasNode(id)) continue;
      const group: Array<Record<string, unknown>> = [];
      g.g.forEachOutEdge(id, (_key, a, source, target) => {
        if (!ids.has(target) || !types.has(a.type)) return;
        if (byYear && a.event !== null && a.event !== undefined) {
          const ev = g.node(String(a.event));
          if (!inYears(ev?.label === "Event" ? ev.date : null, c.yearFrom, c.yearTo)) return;
        }
        group.push({
          source,
          target,
          type: a.type,
          key: a.key,
          document: prop(a.document),
          period: prop(a.period),
          evidenceCount: a.evidenceText.length,
        });
      });
      rows.push(...sortRows(group, ["target", "type", "key"]));
    }
    return rows;
  },
});

/**
 * The explorer's edges: the relationships of one type between two nodes merged into one weighted
 * edge (signings of several documents between two departments are one link, drawn thicker), with
 * how many there are, which documents they concern and how many sentences state them.
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

export function mergeParallelEdges(rows: ReadonlyArray<Record<string, unknown>>): ViewEdge[] {
  const merged = new Map<string, ViewEdge & { docs: Set<string> }>();
  for (const r of rows) {
    const [source, target, type] = [String(r.source), String(r.target), String(r.type)];
    const k = `${source}\u0000${target}\u0000${type}`;
    const e = merged.get(k) ?? { source, target, type, count: 0, documents: [], evidenceCount: 0, docs: new Set<string>() };
    e.count++;
    e.evidenceCount += Number(r.evidenceCount ?? 0);
    if (typeof r.document === "string") e.docs.add(r.document);
    merged.set(k, e);
  }
  // rows come ordered by source, target, type: the merged edges keep that order
  return [...merged.values()].map(({ docs, ...e }) => ({ ...e, documents: [...docs].sort(cmp) }));
}
