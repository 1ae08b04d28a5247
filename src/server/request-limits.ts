// Limits for routes whose answers grow with the graph (exports, reports, the explorer's view): a
// rate-limit budget of their own per client, and a gate that lets only a few be built at once, so
// that clients in a loop cannot starve health checks and everyone else's queries.
import type { RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { ServerConfig } from "./config";
import { sendProblem } from "./problem";

export interface GrowingAnswerLimits {
  limiter: RequestHandler;
  gate: RequestHandler;
}

export function growingAnswers(what: string, config: ServerConfig): GrowingAnswerLimits {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.KG_HEAVY_RATE_LIMIT,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => `${what}:${ipKeyGenerator(req.ip ?? "")}`,
    handler: (_req, res) => sendProblem(res, 429, `too many requests: at most ${config.KG_HEAVY_RATE_LIMIT} a minute for ${what}`),
  });
  const gate = concurrencyGate(config.KG_HEAVY_CONCURRENCY, () => `${what}: ${config.KG_HEAVY_CONCURRENCY} are being built already; try again in a moment`);
  return { limiter, gate };
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
