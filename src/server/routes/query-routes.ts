// /api/queries: the named queries, their parameter schemas, and running them (JSON or CSV).
import { Router } from "express";
import { z } from "zod";
import { toCsv } from "../../graph/format/rows";
import { QUERY_CATALOGUE, getQuery, prepareParams } from "../../graph/queries/catalogue";
import type { GraphStore } from "../../graph/store";
import { singleValued } from "../request-params";

export function queryDescriptions() {
  return [...QUERY_CATALOGUE.values()].map((q) => ({
    name: q.name,
    title: q.title,
    cypher: `cypher/${q.file}`,
    parameters: z.toJSONSchema(q.params, { io: "input", unrepresentable: "any" }),
    columns: Object.keys((q.row as z.ZodObject).shape),
  }));
}

export function queryRoutes(store: GraphStore): Router {
  const r = Router();
  r.get("/api/queries", (_req, res) => {
    res.json({ queries: queryDescriptions() });
  });
  r.get("/api/queries/:name", async (req, res) => {
    const q = getQuery(req.params.name);
    const { format, ...raw } = singleValued(req.query);
    const rows = await store.run(q.name, prepareParams(q, raw));
    if (format === "csv") {
      res
        .type("text/csv; charset=utf-8")
        .attachment(`${q.name}.csv`)
        .send("\uFEFF" + toCsv(rows, Object.keys((q.row as z.ZodObject).shape)));
      return;
    }
    res.json({ query: q.name, rows });
  });
  return r;
}
