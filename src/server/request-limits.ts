// Request limits shared by the routes: a rate-limit budget per route and per client (the token
// holder apart from anonymous callers), and gates that let only a few slow requests run at once
// (console queries; exports and reports, whose answers grow with the graph), so that clients in a
// loop cannot starve health checks and everyone else's queries.
import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { ServerConfig } from "./config";
import { sendProblem } from "./problem";

export interface GrowingAnswerLimits {
  limiter: RequestHandler;
  gate: RequestHandler;
}

export function growingAnswers(what: string, config: ServerConfig): GrowingAnswerLimits {
  const limiter = routeLimiter(what, config.KG_HEAVY_RATE_LIMIT, undefined);
  const gate = concurrencyGate(config.KG_HEAVY_CONCURRENCY, () => `${what}: ${config.KG_HEAVY_CONCURRENCY} are being built already; try again in a moment`);
  return { limiter, gate };
}

/** One budget per route, and per client: the token holder has its own, apart from anonymous callers. */
export function routeLimiter(route: string, perMinute: number, token: string | undefined): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => (token && holdsToken(req.get("authorization"), token) ? `token:${route}` : `ip:${route}:${ipKeyGenerator(req.ip ?? "")}`),
    handler: (_req, res) => sendProblem(res, 429, `too many requests: at most ${perMinute} a minute on ${route}`),
  });
}

/** Whether an Authorization header carries the bearer token (compared in constant time). */
export function holdsToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1] ?? "";
  const a = Buffer.from(given),
    b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** At most `size` requests at once through this handler; the others get 503 with Retry-After. */
export function concurrencyGate(size: number, busy: () => string): RequestHandler {
  let running = 0;
  return (_req, res, next) => {
    if (running >= size) {
      res.set("Retry-After", "2");
      return sendProblem(res, 503, busy());
    }
    running++;
    let done = false;
    const release = () => {
      if (!done) {
        done = true;
        running--;
      }
    };
    res.on("finish", release);
    res.on("close", release);
    next();
  };
}
