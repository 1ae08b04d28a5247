// The explorer's only door to the server: typed fetchers, each response parsed at the boundary.
import { z } from "zod";

export const GraphNodeSchema = z.object({
  id: z.string(),
  label: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  date: z.string().nullable(),
  degree: z.number(),
  /** Provinces: where they are (the gazetteer's point near the capital). */
  lat: z.number().optional(),
  lon: z.number().optional(),
  /** The place the map draws the node beside: a province, a country (its capital), or none (the tray). */
  home: z.string().nullable().optional(),
  /** The home province's point, when the home is a province. */
  homeLat: z.number().optional(),
  homeLon: z.number().optional(),
});
/** One edge per type between two nodes: `count` relationships, about these documents. */
export const GraphEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  count: z.number(),
  documents: z.array(z.string()),
  evidenceCount: z.number(),
});
export const GraphPayloadSchema = z.object({
  center: z.string().nullable(),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  truncated: z.boolean(),
});
export type GraphPayload = z.infer<typeof GraphPayloadSchema>;
export type GraphNodeRow = z.infer<typeof GraphNodeSchema>;
export type GraphEdgeRow = z.infer<typeof GraphEdgeSchema>;

export const SearchResultSchema = z.object({ id: z.string(), label: z.string(), name: z.string(), country: z.string().nullable(), rank: z.number() });
export type SearchResult = z.infer<typeof SearchResultSchema>;

const Evidence = z.object({ quote: z.string(), article: z.string().optional(), link: z.string() });
export const EntitySchema = z.object({
  entity: z.record(z.string(), z.unknown()).and(z.object({ id: z.string(), label: z.string(), name: z.string() })),
  relations: z.record(
    z.string(),
    z.array(
      z.object({
        direction: z.string(),
        other: z.object({ id: z.string(), label: z.string(), name: z.string() }),
        document: z.string().nullable(),
        period: z.string().nullable(),
        event: z.string().nullable(),
        /** TYPE|from|to|key: what "this is wrong" rejects. */
        relId: z.string().optional(),
        /** Added by an analyst (its evidence is the note). */
        curation: z.string().nullable().optional(),
        evidence: z.array(Evidence),
      }),
    ),
  ),
});
export type EntityPayload = z.infer<typeof EntitySchema>;

export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  html: z.string(),
  text: z.string(),
});
export const QueryListSchema = z.object({
  queries: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      parameters: z.object({ properties: z.record(z.string(), z.unknown()).optional(), required: z.array(z.string()).optional() }).passthrough(),
      columns: z.array(z.string()),
    }),
  ),
});
export type QueryInfo = z.infer<typeof QueryListSchema>["queries"][number];
export const RowsSchema = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });
export const PathSchema = z.object({
  steps: z.array(z.object({ step: z.number(), id: z.string(), label: z.string(), name: z.string(), via: z.string().nullable() })),
});

const Bilingual = z.object({ vi: z.string(), en: z.string() });
export const AskSchema = z.object({
  question: z.string(),
  understood: Bilingual.nullable(),
  query: z.object({ name: z.string(), params: z.record(z.string(), z.string()) }).nullable(),
  clarify: Bilingual.extend({ options: z.array(z.string()) }).nullable(),
  count: z.number().nullable(),
  counted: Bilingual.extend({ n: z.number() }).nullable().optional(),
  message: Bilingual.nullable(),
  rows: z.array(z.record(z.string(), z.unknown())),
});
export type AskAnswer = z.infer<typeof AskSchema>;

/** Country shapes (GeoJSON) drawn beneath the map layout; coordinates are checked where they are drawn. */
export const BordersSchema = z.object({
  features: z.array(
    z.object({
      properties: z.object({ code: z.string(), name: z.string() }),
      geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type Borders = z.infer<typeof BordersSchema>;

/** A refusal of the server: its HTTP status and its (English, technical) detail. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number = 0,
  ) {
    super(message);
  }
}

async function get<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError((body as { detail?: string } | null)?.detail ?? `${res.status} ${res.statusText}`, res.status);
  return schema.parse(body);
}

const qs = (p: Record<string, string | number | undefined | null>) =>
  new URLSearchParams(
    Object.entries(p)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== "")
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const CurateAnswerSchema = z.object({
  curation: z.object({ id: z.string(), op: z.string() }).passthrough(),
  problems: z.array(z.string()),
});

/** The bearer token for writes, asked once per tab when the server wants one. */
let token: string | null = (() => {
  try {
    return sessionStorage.getItem("kg-token");
  } catch {
    return null;
  }
})();

/** POST /api/curations; on 401 asks `askToken` for the token once and tries again. */
async function curate(body: Record<string, unknown>, askToken: () => string | null): Promise<z.infer<typeof CurateAnswerSchema>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const res = await fetch("/api/curations", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const answer: unknown = await res.json().catch(() => null);
    if (res.status === 401 && attempt === 0) {
      token = askToken();
      if (!token) throw new ApiError((answer as { detail?: string } | null)?.detail ?? "401", 401);
      try {
        sessionStorage.setItem("kg-token", token);
      } catch {
        /* private mode: kept for this page only */
      }
      continue;
    }
    if (!res.ok) throw new ApiError((answer as { detail?: string } | null)?.detail ?? `${res.status} ${res.statusText}`, res.status);
    return CurateAnswerSchema.parse(answer);
  }
  throw new ApiError("401", 401);
}

export const api = {
  curate,
  graph: (p: Record<string, string | number | undefined | null>) => get(`/api/graph?${qs(p)}`, GraphPayloadSchema),
  search: (q: string) => get(`/api/search?${qs({ q, limit: 12 })}`, z.object({ results: z.array(SearchResultSchema) })).then((r) => r.results),
  entity: (id: string) => get(`/api/entities/${encodeURIComponent(id)}`, EntitySchema),
  article: (link: string) => get(link, ArticleSchema),
  queries: () => get("/api/queries", QueryListSchema).then((r) => r.queries),
  csvUrl: (name: string, params: Record<string, string>) => `/api/queries/${encodeURIComponent(name)}?${qs({ ...params, format: "csv" })}`,
  run: (name: string, params: Record<string, string>) => get(`/api/queries/${encodeURIComponent(name)}?${qs(params)}`, RowsSchema).then((r) => r.rows),
  borders: () => get("/api/borders", BordersSchema),
  ask: (q: string) => get(`/api/ask?${qs({ q })}`, AskSchema),
  path: (from: string, to: string) => get(`/api/path?${qs({ from, to })}`, PathSchema).then((r) => r.steps),
};
