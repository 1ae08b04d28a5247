// The server's settings, read once from the environment and validated.
import { z } from "zod";

export const ServerConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** When set, POST /api/articles and the console (POST /api/cypher) require "Authorization: Bearer <token>". */
  KG_API_TOKEN: z.string().min(1).optional(),
  /** Who holds KG_API_TOKEN: the name curations made through the API are kept under. */
  KG_API_TOKEN_LABEL: z.string().min(1).max(200).default("api"),
  /** Comma-separated host names the server answers to (the Host header), besides the loopback names and HOST; "*" for any. */
  KG_ALLOWED_HOSTS: z.string().default(""),
  /** The server's address as its users reach it (behind a proxy): report links use it instead of the request's Host. */
  KG_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(?:\/\S*)?$/u, "expected an http(s) URL such as https://kg.example.org")
    .optional(),
  /** Comma-separated origins allowed by CORS; none by default. */
  KG_CORS_ORIGINS: z.string().default(""),
  KG_BODY_LIMIT: z.string().default("2mb"),
  KG_CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  KG_CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1000),
  KG_CYPHER_MAX_BYTES: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(8 * 1024 * 1024),
  /** Time limit to extract one posted article (in a worker thread); past it that article fails alone. */
  KG_EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Console queries running at once; more are answered 503 with Retry-After. */
  KG_CYPHER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Requests per minute per client, counted apart on ingest and on the Cypher console. */
  KG_WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /** Requests per minute per client for answers that grow with the graph (exports, reports). */
  KG_HEAVY_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /** Exports and reports built at once; more are answered 503 with Retry-After (identical ones share one). */
  KG_HEAVY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = ServerConfigSchema.safeParse(clean);
  if (!parsed.success) throw new Error(`read the server settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
