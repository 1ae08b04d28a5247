// The catalogue of named queries: name → definition (Cypher file, schemas, embedded twin).
import { InvalidArgumentsError, NotFoundError } from "../errors";
import { REPORTS } from "../reports/reports";
import { cooperationQuery } from "./cooperation";
import { delegationsQuery } from "./delegations";
import { articleQuery, entityQuery, relationsQuery } from "./entity";
import { graphHomesQuery } from "./graph-homes";
import { graphEdgesQuery, graphNodesQuery } from "./graph-view-queries";
import { neighbourhoodQuery } from "./neighbourhood";
import { partnersQuery } from "./partners";
import { pathQuery } from "./path";
import { holdersQuery } from "./holders";
import { personQuery } from "./person";
import type { QueryDef } from "./query-def";
import { searchQuery } from "./search";
import { statsQuery } from "./stats";
import { timelineQuery } from "./timeline";

const ALL: QueryDef[] = [
  partnersQuery,
  cooperationQuery,
  delegationsQuery,
  personQuery,
  holdersQuery,
  timelineQuery,
  neighbourhoodQuery,
  pathQuery,
  searchQuery,
  statsQuery,
  entityQuery,
  relationsQuery,
  articleQuery,
  graphNodesQuery,
  graphEdgesQuery,
  graphHomesQuery,
] as unknown as QueryDef[];

export const QUERY_CATALOGUE: ReadonlyMap<string, QueryDef> = new Map(ALL.map((q) => [q.name, q]));

/** Reports: the same kind of definition, rendered as documents (kg report, /api/reports). */
export const REPORT_CATALOGUE: ReadonlyMap<string, QueryDef> = new Map((REPORTS as unknown as QueryDef[]).map((q) => [q.name, q]));

export function getReport(name: string): QueryDef {
  const q = REPORT_CATALOGUE.get(name);
  if (!q) throw new NotFoundError(`make report ${name}: no such report; known reports: ${[...REPORT_CATALOGUE.keys()].join(", ")}`);
  return q;
}

/** Any definition a store can run: a named query or a report. */
export function getDefinition(name: string): QueryDef {
  return QUERY_CATALOGUE.get(name) ?? REPORT_CATALOGUE.get(name) ?? getQuery(name);
}

export function getQuery(name: string): QueryDef {
  const q = QUERY_CATALOGUE.get(name);
  if (!q) throw new NotFoundError(`run query ${name}: no such query; known queries: ${[...QUERY_CATALOGUE.keys()].join(", ")}`);
  return q;
}

/** Validates raw parameters (strings from HTTP or the CLI) and prepares the Cypher parameters. */
export function prepareParams(q: QueryDef, raw: Record<string, unknown>): Record<string, unknown> {
  const parsed = q.params.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(parameters)", message: i.message }));
    throw new InvalidArgumentsError(`run query ${q.name}: invalid parameters: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  }
  return q.prepare(parsed.data);
}
