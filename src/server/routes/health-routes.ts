// GET /api/health: store kind, counts, whether Neo4j answers.
import { Router } from "express";
import type { GraphStore } from "../../graph/store";
import { sendProblem } from "../problem";

export function healthRoutes(store: GraphStore): Router {
  const r = Router();
  r.get("/api/health", async (_req, res) => {
    const reachable = await store.ping();
    if (!reachable) return sendProblem(res, 503, `the ${store.kind} store does not answer`, { store: store.kind, reachable });
    const counts = await store.counts();
    res.json({ status: "ok", store: store.kind, reachable, counts });
  });
  return r;
}
