// GET /api/health: store kind, counts, whether Neo4j answers, and whether the graph is in step
// with the corrections (a rebuild under way, or one cut short).
import { Router } from "express";
import { CuratedStore } from "../../graph/curation/curated-store";
import type { GraphStore } from "../../graph/store";
import { sendProblem } from "../problem";

export function healthRoutes(store: GraphStore): Router {
  const r = Router();
  r.get("/api/health", async (_req, res) => {
    const reachable = await store.ping();
    if (!reachable) return sendProblem(res, 503, `the ${store.kind} store does not answer`, { store: store.kind, reachable });
    const counts = await store.counts();
    const rebuild = store instanceof CuratedStore ? await store.rebuildState() : null;
    if (rebuild?.state === "interrupted")
      return sendProblem(
        res,
        503,
        `the graph may not show every correction: a rebuild begun at ${rebuild.since} by ${rebuild.by} was cut short; restart the server or run kg curate apply`,
        { status: "interrupted", store: store.kind, reachable, counts, rebuild },
      );
    res.json({ status: rebuild ? "rebuilding" : "ok", store: store.kind, reachable, counts, ...(rebuild ? { rebuild } : {}) });
  });
  return r;
}
