// POST /api/articles (ingest, token-protected when KG_API_TOKEN is set) and POST /api/cypher
// (ad-hoc read-only Cypher on Neo4j: the token holder's, or anyone's on a loopback-only server).
// Each has its own rate-limit budget, per client; the console runs a few queries at a time.
import express, { Router, type RequestHandler } from "express";
import { z } from "zod";
import { InvalidArgumentsError } from "../../graph/errors";
import type { GraphStore } from "../../graph/store";
import { decodeUtf8 } from "../../ingest/read/read-inputs";
import { fetcherFromEnv } from "../../ingest/web/fetcher-from-env";
import type { PoliteFetcher } from "../../ingest/web/polite-fetcher";
import { readPage } from "../../ingest/web/read-web";
import { ExtractionPool } from "../../ingest/worker/extraction-pool";
import type { ServerConfig } from "../config";
import { HttpError, sendProblem } from "../problem";
import { concurrencyGate, holdsToken, routeLimiter } from "../request-limits";

export const ArticleBodySchema = z
  .object({
    text: z.string().trim().min(1, "text must not be empty").optional(),
    title: z.string().max(1000).nullish(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, "expected YYYY-MM-DD")
      .nullish(),
    url: z.string().max(2000).nullish(),
    source: z.string().max(1000).nullish(),
  })
  .refine((a) => a.text !== undefined || !!a.url, { message: 'give "text", or "url" for the server to fetch the page', path: ["text"] });
export const ArticlesBodySchema = z.union([ArticleBodySchema, z.array(ArticleBodySchema).min(1).max(1000)]);

export const CypherBodySchema = z.object({
  query: z.string().trim().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

function hasSecondStatement(q: string): boolean {
  // a semicolon outside string literals and comments, followed by more text
  const stripped = q.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "");
  return /;\s*\S/.test(stripped);
}

/**
 * A clear message for a second statement. What a query may do is decided by the store on the
 * plan Neo4j makes for it (src/graph/neo4j/console-fence.ts), never on its spelling here.
 */
export function guardCypher(query: string): void {
  if (hasSecondStatement(query)) throw new HttpError(400, "run Cypher: one statement at a time; remove the ';' and what follows");
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost|\[::1\])$/iu;

/**
 * Who may use the console: the token holder when KG_API_TOKEN is set; anyone who can reach a
 * server that listens only on the loopback interface otherwise. A server reachable from other
 * machines without a token keeps its console closed.
 */
function consoleAccess(config: ServerConfig): RequestHandler {
  if (config.KG_API_TOKEN) return bearer(config.KG_API_TOKEN, "run Cypher");
  const open = LOOPBACK.test(config.HOST);
  return (_req, res, next) => {
    if (open) return next();
    sendProblem(
      res,
      403,
      `run Cypher: the console is closed on a server listening on ${config.HOST} without KG_API_TOKEN; start the server with KG_API_TOKEN set (with Docker: KG_API_TOKEN=… docker compose up) and send it as a bearer token`,
    );
  };
}

/** At most `size` console queries at once; the others are told to come back (each may take seconds). */
const consolePool = (size: number) => concurrencyGate(size, () => `run Cypher: ${size} console queries are already running; try again in a moment`);

/**
 * A text/plain body as text: UTF-8 unless another charset is declared; UTF-16 sent without saying
 * so, binary bodies and invalid UTF-8 are refused with a clear message, not stored as garbage.
 */
function plainText(bytes: Buffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? "utf-8";
  if (charset === "utf-8" || charset === "utf8") {
    try {
      return decodeUtf8(bytes, "the request body");
    } catch (e) {
      throw new InvalidArgumentsError(`${(e as Error).message}${bytes.includes(0) ? " (UTF-16? say so: Content-Type: text/plain; charset=utf-16le)" : ""}`);
    }
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new HttpError(415, `read the request body: the charset ${charset} is not supported; send UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InvalidArgumentsError(`read the request body: it is not valid ${charset}`);
  }
}

export function bearer(token: string | undefined, action: string): RequestHandler {
  return (req, res, next) => {
    if (!token) return next();
    if (!holdsToken(req.get("authorization"), token)) {
      res.set("WWW-Authenticate", 'Bearer realm="kg"');
      return sendProblem(res, 401, `${action}: a valid bearer token is required (Authorization: Bearer <KG_API_TOKEN>)`);
    }
    next();
  };
}

export function writeRoutes(store: GraphStore, config: ServerConfig): Router {
  const r = Router();
  let extraction: ExtractionPool | null = null;
  let fetcher: PoliteFetcher | null = null;

  r.post(
    "/api/articles",
    routeLimiter("/api/articles", config.KG_WRITE_RATE_LIMIT, config.KG_API_TOKEN),
    bearer(config.KG_API_TOKEN, "ingest articles"),
    express.json({ limit: config.KG_BODY_LIMIT }),
    express.raw({ limit: config.KG_BODY_LIMIT, type: ["text/plain", "text/markdown"] }),
    async (req, res) => {
      const body: unknown = Buffer.isBuffer(req.body) ? { text: plainText(req.body, req.get("content-type") ?? "") } : req.body;
      const parsed = Array.isArray(body) ? z.array(ArticleBodySchema).min(1).max(1000).safeParse(body) : ArticleBodySchema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
        throw new InvalidArgumentsError(`ingest articles: expected {"text": ...} or a list of them, or text/plain`, issues);
      }
      const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
      // extraction runs in worker threads with a time limit per article: an article over it fails alone
      const pool = (extraction ??= new ExtractionPool({ timeoutMs: config.KG_EXTRACT_TIMEOUT_MS }));
      const settled = await Promise.allSettled(
        list.map(async (a, i) => {
          // {"url": …} alone: the page is fetched politely and read as kg ingest URL reads it
          if (a.text === undefined) {
            const page = await readPage((fetcher ??= fetcherFromEnv(process.env, false)), a.url!, { title: a.title, date: a.date });
            if (!page.ok) throw new Error(page.error);
            return pool.toArticleGraph({ ...page.input, source: a.source ?? page.input.source });
          }
          return pool.toArticleGraph({ source: a.source ?? `api:${i + 1}`, text: a.text, title: a.title ?? null, date: a.date ?? null, url: a.url ?? null });
        }),
      );
      const graphs = settled.flatMap((x) => (x.status === "fulfilled" ? [x.value] : []));
      const failed = settled.flatMap((x, index) =>
        x.status === "rejected" ? [{ index, source: list[index]?.source ?? `api:${index + 1}`, error: (x.reason as Error).message }] : [],
      );
      if (graphs.length === 0) return sendProblem(res, 422, failed.map((f) => f.error).join("; "), { failed });
      const summary = await store.ingest(graphs);
      res.status(summary.articlesNew > 0 ? 201 : 200).json({ ...summary, articles: graphs.map((g) => g.articleId), failed });
    },
  );

  r.post(
    "/api/cypher",
    routeLimiter("/api/cypher", config.KG_WRITE_RATE_LIMIT, config.KG_API_TOKEN),
    consoleAccess(config),
    consolePool(config.KG_CYPHER_CONCURRENCY),
    express.json({ limit: "64kb" }),
    async (req, res) => {
      const parsed = CypherBodySchema.safeParse(req.body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
        throw new InvalidArgumentsError('run Cypher: expected {"query": "...", "params": {...}}', issues);
      }
      const bounds = {
        timeoutMs: config.KG_CYPHER_TIMEOUT_MS,
        maxRows: config.KG_CYPHER_MAX_ROWS,
        maxBytes: config.KG_CYPHER_MAX_BYTES,
        maxRunning: config.KG_CYPHER_CONCURRENCY,
      };
      if (store.kind === "memory") await store.cypher(parsed.data.query, parsed.data.params, bounds);
      guardCypher(parsed.data.query);
      // a client that leaves stops its query in Neo4j, instead of leaving it to burn a CPU
      const left = new AbortController();
      const onClose = () => {
        if (!res.writableEnded) left.abort();
      };
      res.once("close", onClose);
      try {
        const out = await store.cypher(parsed.data.query, parsed.data.params, { ...bounds, signal: left.signal });
        res.json({ ...out, maxRows: config.KG_CYPHER_MAX_ROWS, maxBytes: config.KG_CYPHER_MAX_BYTES });
      } finally {
        res.off("close", onClose);
      }
    },
  );
  return r;
}
