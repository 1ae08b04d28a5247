// GET /api/reports, /api/reports/:name?format= and /api/export?format=.
import { Router } from "express";
import { z } from "zod";
import { InvalidArgumentsError } from "../../graph/errors";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { EXPORT_TYPES, ExportFormatSchema, exportChunks } from "../../graph/export/export-graph";
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

/** Exports up to this size (in UTF-16 units) are kept per format until the graph changes. */
const KEEP_EXPORT_BYTES = 64 * 2 ** 20;

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
    // a source without its own URL links to this server's article view (absolute: the file is opened offline)
    const base = config.KG_PUBLIC_URL ? config.KG_PUBLIC_URL.replace(/\/+$/u, "") : `${req.protocol}://${req.get("host")}`;
    const body = await makeReport(store, def.name, raw, f, new Date(), `${base}/api/articles/`);
    if (f !== "json") res.attachment(`${def.name}.${f}`);
    res.type(REPORT_CONTENT_TYPES[f]); // after attachment(), which sets a type from the extension
    res.send(f === "csv" ? "\uFEFF" + body : body);
  });
  // the whole graph: streamed as it is written (gzipped for clients that take it), its own budget,
  // few built at a time; on the embedded store one per format is kept until the graph changes
  r.get("/api/export", heavy.limiter, heavy.gate, async (req, res) => {
    const { format } = singleValued(req.query);
    const f = formatOf(ExportFormatSchema, format, "json");
    const revision = store.revision();
    const kept = exports.get(f);
    const fresh = !(kept && revision !== null && kept.revision === revision);
    const chunks: Iterable<string> = fresh ? await exportChunks(store, f) : [kept!.body];
    res.attachment(`kg-graph.${EXPORT_TYPES[f].extension}`).type(EXPORT_TYPES[f].contentType);
    res.vary("Accept-Encoding");
    const gzip = req.acceptsEncodings("gzip", "identity") === "gzip";
    if (gzip) res.set("Content-Encoding", "gzip");
    // keep what is streamed, up to a bound, for the next request of this graph version
    const keep: string[] = [];
    let keptBytes = 0;
    async function* sent(): AsyncGenerator<Buffer> {
      for (const chunk of chunks) {
        if (fresh && revision !== null && keptBytes <= KEEP_EXPORT_BYTES) {
          keep.push(chunk);
          keptBytes += chunk.length;
        }
        yield Buffer.from(chunk, "utf8");
      }
    }
    if (gzip) await pipeline(Readable.from(sent()), createGzip(), res);
    else await pipeline(Readable.from(sent()), res);
    if (fresh && revision !== null && keptBytes <= KEEP_EXPORT_BYTES && store.revision() === revision) exports.set(f, { revision, body: keep.join("") });
  });
  return r;
}
