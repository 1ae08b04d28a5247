// The OpenAPI 3.1 document, generated from the same zod schemas that validate the requests.
import { z } from "zod";
import { QUERY_CATALOGUE, REPORT_CATALOGUE } from "../graph/queries/catalogue";
import { AskParamsSchema } from "./routes/ask-routes";
import { GraphParamsSchema } from "./routes/graph-routes";
import { ArticlesBodySchema, CypherBodySchema } from "./routes/write-routes";
import { CurationRequestSchema } from "../graph/curation/curation-model";

type Json = Record<string, unknown>;
const schemaOf = (s: z.ZodType): Json => {
  const j = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Json;
  delete j.$schema;
  return j;
};

function queryParameters(s: z.ZodType): Json[] {
  const obj = schemaOf(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(obj.properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: (obj.required ?? []).includes(name), schema }));
}

const problem = { description: "Problem (RFC 9457)", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
const json = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), problem]));
const pathParam = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {
    "/api/health": {
      get: { summary: "Store kind, counts, reachability", operationId: "health", responses: { "200": json("The store answers"), ...errors(503) } },
    },
    "/api/search": {
      get: {
        summary: "Entities by name, diacritic- and alias-insensitive, ranked",
        operationId: "search",
        parameters: queryParameters(QUERY_CATALOGUE.get("search")!.params),
        responses: { "200": json("Ranked results"), ...errors(400, 503) },
      },
    },
    "/api/entities/{id}": {
      get: {
        summary: "An entity with its relations grouped by type, evidence quotes and source articles",
        operationId: "entity",
        parameters: [pathParam("id", "entity id, e.g. province:vn-son-la")],
        responses: { "200": json("The entity"), ...errors(404, 503) },
      },
    },
    "/api/ask": {
      get: {
        summary: "Ask in Vietnamese or English: the named query the question maps to, how it was understood, and the rows",
        description:
          'Deterministic (no language model): places in any spelling, countries, years and spans, document kinds, people, and the intent. A place with two readings ("Viêng Chăn") or a question outside what the graph answers comes back with `clarify` (what to write instead, or what can be asked) and no rows.',
        operationId: "ask",
        parameters: queryParameters(AskParamsSchema),
        responses: { "200": json("How the question was understood, the query, and its rows (or what to ask back)"), ...errors(400, 503) },
      },
    },
    "/api/borders": {
      get: {
        summary: "National borders beneath the explorer's map layout (GeoJSON; Natural Earth 1:50m, via world-atlas)",
        operationId: "borders",
        responses: { "200": { description: "FeatureCollection of country shapes", content: { "application/geo+json": { schema: { type: "object" } } } } },
      },
    },
    "/api/queries": {
      get: { summary: "The named queries with their parameter schemas", operationId: "listQueries", responses: { "200": json("The catalogue") } },
    },
    "/api/queries/{name}": {
      get: {
        summary: "Run a named query; format=csv returns CSV",
        operationId: "runQuery",
        parameters: [
          { ...pathParam("name", "query name"), schema: { type: "string", enum: [...QUERY_CATALOGUE.keys()] } },
          { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "csv"] } },
        ],
        responses: {
          "200": { description: "Rows", content: { "application/json": { schema: { type: "object" } }, "text/csv": { schema: { type: "string" } } } },
          ...errors(400, 404, 503),
        },
      },
    },
    "/api/graph": {
      get: {
        summary: "Nodes and edges for the explorer",
        operationId: "graph",
        parameters: queryParameters(GraphParamsSchema),
        responses: { "200": json("Nodes and edges"), ...errors(400, 404, 503) },
      },
    },
    "/api/path": {
      get: {
        summary: "Shortest path between two entities (ids or names); no path within 8 steps is an empty list with a message (404 only for an unknown entity)",
        operationId: "path",
        parameters: [
          { name: "from", in: "query", required: true, schema: { type: "string", minLength: 1 } },
          { name: "to", in: "query", required: true, schema: { type: "string", minLength: 1 } },
        ],
        responses: { "200": json("The path"), ...errors(400, 404, 503) },
      },
    },
    "/api/articles/{id}": {
      get: {
        summary: "An article's text with evidence spans marked",
        operationId: "article",
        parameters: [pathParam("id", "article id")],
        responses: { "200": json("The article"), ...errors(404, 503) },
      },
    },
    "/api/articles": {
      post: {
        summary: "Ingest one or more articles (JSON or text/plain); bearer token when KG_API_TOKEN is set",
        operationId: "ingestArticles",
        security: [{ bearer: [] }, {}],
        requestBody: {
          required: true,
          content: { "application/json": { schema: schemaOf(ArticlesBodySchema) }, "text/plain": { schema: { type: "string" } } },
        },
        responses: { "200": json("Nothing new"), "201": json("Ingested"), ...errors(400, 401, 413, 429, 503) },
      },
    },
    "/api/curations": {
      get: {
        summary: "Every curation (merge, split, rename, set, reject, add, undo) with its state: active, undone, or stale (names an id the graph no longer has)",
        operationId: "listCurations",
        responses: { "200": json("{curations: [{curation, state, problem}], problems}"), ...errors(501, 503) },
      },
      post: {
        summary:
          "Correct the graph: the curation is kept in KG_CURATIONS and the graph rebuilt with it; applied again on every ingest. Bearer token when KG_API_TOKEN is set",
        operationId: "curate",
        security: [{ bearer: [] }, {}],
        requestBody: { required: true, content: { "application/json": { schema: schemaOf(CurationRequestSchema) } } },
        responses: { "201": json("{curation, problems, graph}"), ...errors(400, 401, 404, 413, 429, 501, 503) },
      },
    },
    "/api/cypher": {
      post: {
        summary: "Ad-hoc read-only Cypher on Neo4j (timeout, row cap); 501 on the embedded store",
        operationId: "cypher",
        requestBody: { required: true, content: { "application/json": { schema: schemaOf(CypherBodySchema) } } },
        responses: { "200": json("Rows"), ...errors(400, 413, 429, 501, 503) },
      },
    },
    "/api/reports": { get: { summary: "The reports with their parameter schemas", operationId: "listReports", responses: { "200": json("The reports") } } },
    "/api/reports/{name}": {
      get: {
        summary: "Make a report: json, csv, md or one self-contained html file",
        operationId: "report",
        parameters: [
          { ...pathParam("name", "report name"), schema: { type: "string", enum: [...REPORT_CATALOGUE.keys()] } },
          { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "csv", "md", "html"] } },
        ],
        responses: {
          "200": {
            description: "The report",
            content: {
              "application/json": { schema: { type: "object" } },
              "text/csv": { schema: { type: "string" } },
              "text/markdown": { schema: { type: "string" } },
              "text/html": { schema: { type: "string" } },
            },
          },
          ...errors(400, 404, 503),
        },
      },
    },
    "/api/export": {
      get: {
        summary: "The whole graph as a Cypher script, GraphML, GEXF or graphology JSON",
        operationId: "export",
        parameters: [{ name: "format", in: "query", required: false, schema: { type: "string", enum: ["cypher", "graphml", "gexf", "json"] } }],
        responses: {
          "200": { description: "The export", content: { "text/plain": { schema: { type: "string" } }, "application/json": { schema: { type: "object" } } } },
          ...errors(400, 503),
        },
      },
    },
    "/api/openapi.json": { get: { summary: "This document", operationId: "openapi", responses: { "200": json("OpenAPI 3.1") } } },
  };
  for (const q of QUERY_CATALOGUE.values()) {
    paths[`/api/queries/${q.name}`] = {
      get: {
        summary: q.title,
        operationId: `query_${q.name.replace(/-/g, "_")}`,
        parameters: [...queryParameters(q.params), { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "csv"] } }],
        responses: {
          "200": {
            description: "Rows",
            content: {
              "application/json": { schema: { type: "object", properties: { rows: { type: "array", items: schemaOf(q.row) } } } },
              "text/csv": { schema: { type: "string" } },
            },
          },
          ...errors(400, 404, 503),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Propaganda-cooperation knowledge graph API",
      version: "0.1.0",
      description: "Facts from Vietnamese news articles, each with the sentence that states it.",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Problem: {
          type: "object",
          required: ["title", "status", "detail"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
          },
        },
      },
    },
  };
}
