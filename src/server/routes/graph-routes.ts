// /api/graph: nodes and edges for the explorer, filtered, around an entity, size-limited.
import { Router } from "express";
import { countryShapes } from "../../reference/borders";
import { provinceCoordinates } from "../../reference/gazetteer";
import { z } from "zod";
import { NodeLabelSchema, REL_TYPES, RelTypeSchema } from "../../graph/graph-model";
import { InvalidArgumentsError } from "../../graph/errors";
import { getQuery, prepareParams } from "../../graph/queries/catalogue";
import { DEFAULT_VIEW_LABELS, ViewEdgeSchema, graphNodesQuery, listOf } from "../../graph/queries/graph-view-queries";
import { countryCode, flag, year } from "../../graph/queries/query-def";
import type { GraphStore } from "../../graph/store";
import { singleValued } from "../request-params";
import { resolveEntity } from "./entity-routes";
import { connectedToEvents } from "../../graph/view/connected-to-events";

export const GraphParamsSchema = z.object({
  types: listOf(NodeLabelSchema).optional(),
  relTypes: listOf(RelTypeSchema).optional(),
  country: countryCode.optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  /** With a year span: keep the events whose year is not known (the timeline's "show undated"). */
  undated: flag,
  around: z.string().trim().min(1, "around must not be empty").max(300).optional(),
  hops: z.coerce.number().int("hops must be a whole number").min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(20000).default(1500),
});

/** The neighbourhood query's own ceiling; the view around an entity holds at most that many neighbours. */
const NEIGHBOURHOOD_MAX = 5000;

export function graphRoutes(store: GraphStore): Router {
  const r = Router();
  // the national borders beneath the map layout (Natural Earth via world-atlas), the same for every graph
  let borders: string | null = null;
  r.get("/api/borders", (_req, res) => {
    borders ??= JSON.stringify({ type: "FeatureCollection", features: countryShapes() });
    res.set("Cache-Control", "public, max-age=86400").type("application/geo+json").send(borders);
  });
  r.get("/api/graph", async (req, res) => {
    const parsed = GraphParamsSchema.safeParse(singleValued(req.query));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new InvalidArgumentsError(`get the graph: invalid parameters: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
    }
    const p = parsed.data;
    let ids: string[] | undefined;
    let center: string | null = null;
    if (p.around) {
      const e = await resolveEntity(store, p.around);
      center = String(e.id);
      const near = await store.run(
        "neighbourhood",
        prepareParams(getQuery("neighbourhood"), { id: center, hops: String(p.hops), limit: String(Math.min(p.limit, NEIGHBOURHOOD_MAX)) }),
      );
      ids = [center, ...near.map((n) => String(n.id))];
    }
    const labels = p.types ?? (p.around ? [...DEFAULT_VIEW_LABELS, "Role", "Article"] : [...DEFAULT_VIEW_LABELS]);
    const nodes = await store.run(
      "graph-nodes",
      prepareParams(getQuery("graph-nodes"), {
        labels: labels.join(","),
        ...(ids ? { ids: ids.join(",") } : {}),
        ...(p.country ? { country: p.country } : {}),
        ...(p.yearFrom ? { yearFrom: String(p.yearFrom) } : {}),
        ...(p.yearTo ? { yearTo: String(p.yearTo) } : {}),
        ...(p.undated ? { undated: "true" } : {}),
        limit: String(p.limit),
      }),
    );
    const relTypes = p.relTypes ?? REL_TYPES.filter((t) => t !== "IN_COUNTRY");
    const edges = nodes.length
      ? await store.run(
          "graph-edges",
          prepareParams(getQuery("graph-edges"), {
            ids: nodes.map((n) => String(n.id)),
            types: relTypes,
            ...(p.yearFrom ? { yearFrom: String(p.yearFrom) } : {}),
            ...(p.yearTo ? { yearTo: String(p.yearTo) } : {}),
            ...(p.undated ? { undated: "true" } : {}),
          }),
        )
      : [];
    // a year or partner filter chooses events: the view is what is connected to them
    const chosen = p.yearFrom || p.yearTo || p.country ? connectedToEvents(z.array(graphNodesQuery.row).parse(nodes), z.array(ViewEdgeSchema).parse(edges), new Set(center ? [center] : [])) : { nodes, edges };
    const homes = chosen.nodes.length
      ? new Map(
          (await store.run("graph-homes", prepareParams(getQuery("graph-homes"), { ids: chosen.nodes.map((n) => String(n.id)) }))).map((h) => [
            String(h.id),
            h.home === null ? null : String(h.home),
          ]),
        )
      : new Map<string, string | null>();
    res.json({
      center,
      nodes: chosen.nodes.map((n) => {
        const home = homes.get(String(n.id)) ?? null;
        const at = home?.startsWith("province:") ? provinceCoordinates(home, "Province") : {};
        return { ...n, ...provinceCoordinates(String(n.id), String(n.label)), home, ...("lat" in at ? { homeLat: at.lat, homeLon: at.lon } : {}) };
      }),
      edges: chosen.edges,
      truncated: nodes.length >= p.limit,
    });
  });
  return r;
}
