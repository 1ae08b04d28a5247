// Builds the graphology graph from the API's payload: domain attributes and positions only.
import type Graph from "graphology";
import type { GraphPayload } from "./api";
import { colorOf } from "./colors";
import { withReadableDates } from "./i18n";

export type NodeAttrs = {
  label: string;
  kind: string;
  country: string | null;
  date: string | null;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Provinces: their place on the map. */
  lat?: number;
  lon?: number;
  /** Where the map draws the node: beside this province or country; null: in the tray. */
  home: string | null;
  homeLat?: number;
  homeLon?: number;
  /** On the map layout: no place to draw it beside, so listed in the tray instead. */
  inTray?: boolean;
};
export type EdgeAttrs = { relType: string; count: number; documents: string[]; evidenceCount: number; size: number; color: string };
export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;

const EDGE_COLORS: Record<string, string> = { SIGNED_WITH: "#b3261e", HOSTED: "#2f6db5", LED_DELEGATION: "#2e8b57" };

/** Radius on screen in pixels, the same at every zoom: places and countries larger, the better connected a little larger. */
function sizeOf(kind: string, share: number): number {
  const [min, span] = kind === "Province" || kind === "Country" ? [5, 5] : kind === "Organization" ? [3.5, 4] : [2.5, 3];
  return min + span * Math.sqrt(share);
}

export function mergePayload(graph: ViewGraph, payload: GraphPayload, previous?: ViewGraph): void {
  const maxDegree = Math.max(1, ...payload.nodes.map((n) => n.degree));
  payload.nodes.forEach((n, i) => {
    if (graph.hasNode(n.id)) return;
    const old = previous?.hasNode(n.id) ? previous.getNodeAttributes(n.id) : null;
    const angle = (i / Math.max(1, payload.nodes.length)) * Math.PI * 2;
    graph.addNode(n.id, {
      label: withReadableDates(n.name),
      kind: n.label,
      country: n.country,
      date: n.date,
      x: old?.x ?? Math.cos(angle) * 100 + (Math.random() - 0.5) * 10,
      y: old?.y ?? Math.sin(angle) * 100 + (Math.random() - 0.5) * 10,
      size: sizeOf(n.label, n.degree / maxDegree),
      color: colorOf(n.label, n.country),
      ...(n.lat !== undefined && n.lon !== undefined ? { lat: n.lat, lon: n.lon } : {}),
      home: n.home ?? null,
      ...(n.homeLat !== undefined && n.homeLon !== undefined ? { homeLat: n.homeLat, homeLon: n.homeLon } : {}),
    });
  });
  for (const e of payload.edges) {
    const key = `${e.type}|${e.source}|${e.target}`;
    if (graph.hasEdge(key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      relType: e.type,
      count: e.count,
      documents: e.documents,
      evidenceCount: e.evidenceCount,
      // the busiest links stand out: thicker with every relationship they merge
      size: Math.min(8, (e.type === "SIGNED_WITH" ? 2 : 1) + 1.5 * Math.log2(e.count)),
      color: EDGE_COLORS[e.type] ?? "#c9c4b8",
    });
  }
}
