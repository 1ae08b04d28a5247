// POST /api/articles (ingest, token-protected when KG_API_TOKEN is set) and POST /api/cypher
// (ad-hoc read-only Cypher on Neo4j). Both are rate-limited.
import { timingSafeEqual } from "node:crypto";
import express, { Router, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { z } from "zod";
import { InvalidArgumentsError } from "../../graph/errors";
import type { GraphStore } from "../../graph/store";
import { toArticleGraph } from "../../ingest/ingest-files";
import type { ServerConfig } from "../config";
import { HttpError, sendProblem } from "../problem";

export const ArticleBodySchema = z.object({
  text: z.string().trim().min(1, "text must not be empty"),
  title: z.string().max(1000).nullish(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "expected YYYY-MM-DD")
    .nullish(),
  url: z.string().max(2000).nullish(),
  source: z.string().max(1000).nullish(),
});
export const ArticlesBodySchema = z.union([ArticleBodySchema, z.array(ArticleBodySchema).min(1).max(1000)]);

export const CypherBodySchema = z.object({
  query: z.string().trim().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** Refused before Neo4j sees them: things a read transaction alone does not stop. */
const OUTSIDE_THE_GRAPH: ReadonlyArray<[RegExp, string]> = [
  [/\bLOAD\s+CSV\b/i, "LOAD CSV reads files and URLs"],
  [/^\s*USE\b|\bUSE\s+\w+\s*(MATCH|RETURN|CALL|WITH)/i, "USE switches databases"],
  [/\bCALL\s+dbms\./i, "dbms procedures administer the server"],
  [/\bCALL\s+db\.(create|index\.fulltext\.(create|drop)|clearQueryCaches)/i, "db.create* and index procedures change the schema"],
  [/\b(CREATE|DROP|SHOW)\s+(CONSTRAINT|INDEX|DATABASE|USER|ROLE|ALIAS)/i, "schema and administration commands"],
  [/\bapoc\./i, "APOC procedures"],
];

function hasSecondStatement(q: string): boolean {
  // a semicolon outside string literals and comments, followed by more text
  const stripped = q.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "");
  return /;\s*\S/.test(stripped);
}

export function guardCypher(query: string): void {
  if (hasSecondStatement(query)) throw new HttpError(400, "run Cypher: one statement at a time; remove the ';' and what follows");
  for (const [re, why] of OUTSIDE_THE_GRAPH)
    if (re.test(query)) throw new HttpError(400, `run Cypher: refused, ${why}; only read-only queries over the graph are allowed`);
}

function bearer(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) return next();
    const given = /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "")?.[1] ?? "";
    const a = Buffer.from(given),
      b = Buffer.from(token);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      res.set("WWW-Authenticate", 'Bearer realm="kg"');
      return sendProblem(res, 401, "ingest articles: a valid bearer token is required (Authorization: Bearer <KG_API_TOKEN>)");
    }
    next();
  };
}

export function writeRoutes(store: GraphStore, config: ServerConfig): Router {
  const r = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.KG_WRITE_RATE_LIMIT,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => sendProblem(res, 429, `too many requests: at most ${config.KG_WRITE_RATE_LIMIT} a minute on this endpoint`),
  });

  r.post(
    "/api/articles",
    limiter,
    bearer(config.KG_API_TOKEN),
    express.json({ limit: config.KG_BODY_LIMIT }),
    express.text({ limit: config.KG_BODY_LIMIT, type: ["text/plain", "text/markdown"] }),
    async (req, res) => {
      const body: unknown = typeof req.body === "string" ? { text: req.body } : req.body;
      const parsed = Array.isArray(body) ? z.array(ArticleBodySchema).min(1).max(1000).safeParse(body) : ArticleBodySchema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
        throw new InvalidArgumentsError(`ingest articles: expected {"text": ...} or a list of them, or text/plain`, issues);
      }
      const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
      const graphs = list.map((a, i) =>
        toArticleGraph({ source: a.source ?? `api:${i + 1}`, text: a.text, title: a.title ?? null, date: a.date ?? null, url: a.url ?? null }),
      );
      const summary = await store.ingest(graphs);
      res.status(summary.articlesNew > 0 ? 201 : 200).json({ ...summary, articles: graphs.map((g) => g.articleId) });
    },
  );

  r.post("/api/cypher", limiter, express.json({ limit: "64kb" }), async (req, res) => {
    const parsed = CypherBodySchema.safeParse(req.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new InvalidArgumentsError('run Cypher: expected {"query": "...", "params": {...}}', issues);
    }
    if (store.kind === "memory") await store.cypher(parsed.data.query, parsed.data.params, { timeoutMs: 1, maxRows: 1 });
    guardCypher(parsed.data.query);
    const out = await store.cypher(parsed.data.query, parsed.data.params, { timeoutMs: config.KG_CYPHER_TIMEOUT_MS, maxRows: config.KG_CYPHER_MAX_ROWS });
    res.json({ ...out, maxRows: config.KG_CYPHER_MAX_ROWS });
  });
  return r;
}
