// GET /api/curations (every curation and its state) and POST /api/curations (merge, split,
// rename, set, reject, add, undo; bearer token as for the other writes). A curation rebuilds the
// graph and answers with the problems of curations that name ids the graph no longer has.
import express, { Router } from "express";
import { CuratedStore } from "../../graph/curation/curated-store";
import { NotSupportedError } from "../../graph/errors";
import type { GraphStore } from "../../graph/store";
import type { ServerConfig } from "../config";
import { routeLimiter } from "../request-limits";
import { bearer } from "./write-routes";

function curated(store: GraphStore): CuratedStore {
  if (store instanceof CuratedStore) return store;
  throw new NotSupportedError("curate: this server's store was opened without curations (open it with openStore)");
}

export function curationRoutes(store: GraphStore, config: ServerConfig): Router {
  const r = Router();
  r.get("/api/curations", async (_req, res) => {
    const list = await curated(store).curations();
    res.json({ curations: list, problems: list.flatMap((s) => (s.problem ? [s.problem] : [])) });
  });
  r.post(
    "/api/curations",
    routeLimiter("/api/curations", config.KG_WRITE_RATE_LIMIT, config.KG_API_TOKEN),
    bearer(config.KG_API_TOKEN, "curate"),
    express.json({ limit: "64kb" }),
    async (req, res) => {
      const out = await curated(store).curate(req.body, config.KG_API_TOKEN ? config.KG_API_TOKEN_LABEL : (process.env.KG_USER ?? config.KG_API_TOKEN_LABEL));
      const counts = await store.counts();
      res.status(201).json({ curation: out.curation, with: out.with, problems: out.problems, graph: counts });
    },
  );
  return r;
}
