// GET /api/reports, /api/reports/:name?format= and /api/export?format=.
import { Router } from "express";
import { z } from "zod";
import { InvalidArgumentsError } from "../../graph/errors";
import { EXPORT_TYPES, ExportFormatSchema, exportGraph } from "../../graph/export/export-graph";
import { REPORT_CONTENT_TYPES, ReportFormatSchema } from "../../graph/format/report-render";
import { makeReport } from "../../graph/make-report";
import { REPORT_CATALOGUE, getReport } from "../../graph/queries/catalogue";
import type { GraphStore } from "../../graph/store";
import type { ServerConfig } from "../config";
import { singleValued } from "../request-params";
import { growingAnswers } from "../request-limits";

function formatOf<T extends z.ZodType>(schema: T, value: string | undefined, fallback: z.infer<T>): z.infer<T> {
  if (value === undefined) return fallback;
  const r = schema.safeParse(value);
  if (!r.success)
    throw new InvalidArgumentsError(`read format: expected one of ${(schema as unknown as z.ZodEnum).options.join(", ")}`, [
      { path: "format", message: r.error.issues[0]?.message ?? "invalid" },
    ]);
  return r.data;
}

export function reportRoutes(store: GraphStore, config: ServerConfig): Router {
  const r = Router();
  const heavy = growingAnswers("reports and exports", config);
  const exports = new Map<string, { revision: number; body: string }>();
  r.get("/api/reports", (_req, res) => {
    res.json({
      reports: [...REPORT_CATALOGUE.values()].map((q) => ({
        name: q.name,
        title: q.title,
        cypher: `cypher/${q.file}`,
        parameters: z.toJSONSchema(q.params, { io: "input", unrepresentable: "any" }),
      })),
    });
  });
  r.get("/api/reports/:name", heavy.limiter, heavy.gate, async (req, res) => {
    const def = getReport(String(req.params.name));
    const { format, ...raw } = singleValued(req.query);
    const f = formatOf(ReportFormatSchema, format, "json");
    const body = await makeReport(store, def.name, raw, f);
    res.type(REPORT_CONTENT_TYPES[f]);
    if (f !== "json") res.attachment(`${def.name}.${f}`);
    res.send(f === "csv" ? "\uFEFF" + body : body);
  });
  // the whole graph, rebuilt per graph version: its own budget, and few built at a time
  r.get("/api/export", heavy.limiter, heavy.gate, async (req, res) => {
    const { format } = singleValued(req.query);
    const f = formatOf(ExportFormatSchema, format, "json");
    // one export per format is kept while the graph does not change (the embedded store knows when)
    const revision = store.revision();
    const kept = exports.get(f);
    const body = kept && revision !== null && kept.revision === revision ? kept.body : await exportGraph(store, f);
    if (revision !== null && store.revision() === revision) exports.set(f, { revision, body });
    res.type(EXPORT_TYPES[f].contentType).attachment(`kg-graph.${EXPORT_TYPES[f].extension}`).send(body);
  });
  return r;
}
