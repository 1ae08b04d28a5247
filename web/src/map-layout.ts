// The map layout: provinces at their real coordinates; organisations, events, people around the
// province (or the capital) they belong to; the national borders drawn beneath from Natural Earth
// (GET /api/borders), following the camera.
import type Sigma from "sigma";
import type { Borders } from "./api";
import type { EdgeAttrs, NodeAttrs, ViewGraph } from "./graph-data";

/** Equirectangular around the region: a degree of longitude is cos(16°) of a degree of latitude. */
const SCALE = 10;
const COS = Math.cos((16 * Math.PI) / 180);
export const project = (lon: number, lat: number) => ({ x: (lon - 105) * COS * SCALE, y: (lat - 16) * SCALE });

/** Where a country's central bodies sit: its capital. */
const CAPITALS: Record<string, [number, number]> = {
  VN: [105.85, 21.03],
  LA: [102.63, 17.97],
  KH: [104.92, 11.56],
  CN: [116.4, 39.9],
  TH: [100.5, 13.75],
  MM: [96.13, 19.76],
};
/** Where a country node sits: off its territory's middle, so that it does not cover a province. */
const COUNTRY_LABELS: Record<string, [number, number]> = {
  VN: [106.6, 13.4],
  LA: [103.4, 20.6],
  KH: [104.6, 13.2],
  CN: [104.5, 24.6],
  TH: [101.5, 15.6],
  MM: [97.5, 21.5],
};

/** The order of the rings around a place: its organisations nearest, then events, people, roles, articles. */
const RING_ORDER = ["Organization", "Event", "Person", "Role", "Article"];
/** Rings around a place, in graph units (a tenth of a degree): the first ring's radius, between rings, between neighbours on a ring. */
const RING_START = 0.9;
const RING_GAP = 0.55;
const RING_SPACING = 0.55;

/** Where a home is on the map: a province's point, or a country's capital. */
function homePoint(a: NodeAttrs): { x: number; y: number } | null {
  if (a.homeLat !== undefined && a.homeLon !== undefined) return project(a.homeLon, a.homeLat);
  const capital = a.home?.startsWith("country:") ? CAPITALS[a.home.slice(8)] : undefined;
  return capital ? project(...capital) : null;
}

/**
 * Places the nodes on the map: provinces at their coordinates and countries off their territory's
 * middle; every other node on rings around the place it belongs to (its home: see graph-homes),
 * which says "of this province", not "at this point"; nodes with no place go to the tray (not
 * drawn). Returns the tray's nodes.
 */
export function placeOnMap(graph: ViewGraph): string[] {
  const tray: string[] = [];
  const around = new Map<string, { centre: { x: number; y: number }; ids: string[] }>();
  graph.forEachNode((id, a) => {
    let at: { x: number; y: number } | null = null;
    if (a.lat !== undefined && a.lon !== undefined) at = project(a.lon, a.lat);
    else if (a.kind === "Country") {
      const spot = COUNTRY_LABELS[a.country ?? id.replace(/^country:/, "")];
      if (spot) at = project(...spot);
    }
    if (at) {
      graph.mergeNodeAttributes(id, { ...at, inTray: false });
      return;
    }
    const centre = homePoint(a);
    if (!centre || !a.home) {
      tray.push(id);
      graph.setNodeAttribute(id, "inTray", true);
      return;
    }
    const group = around.get(a.home) ?? { centre, ids: [] };
    group.ids.push(id);
    around.set(a.home, group);
  });
  const rank = (kind: string) => (RING_ORDER.indexOf(kind) + RING_ORDER.length + 1) % (RING_ORDER.length + 1);
  for (const { centre, ids } of around.values()) {
    ids.sort((p, q) => rank(graph.getNodeAttribute(p, "kind")) - rank(graph.getNodeAttribute(q, "kind")) || (p < q ? -1 : 1));
    let ring = 0;
    let onRing = 0;
    for (const id of ids) {
      const radius = RING_START + ring * RING_GAP;
      const room = Math.max(6, Math.floor((2 * Math.PI * radius) / RING_SPACING));
      const angle = (onRing / room) * 2 * Math.PI + ring * 0.4 - Math.PI / 2;
      graph.mergeNodeAttributes(id, { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius, inTray: false });
      if (++onRing >= room) {
        ring++;
        onRing = 0;
      }
    }
  }
  return tray;
}

/** A canvas beneath sigma's, on which the borders are drawn after every frame. */
export class BorderLayer {
  private readonly canvas: HTMLCanvasElement;
  private shapes: Borders["features"] = [];
  visible = true;

  constructor(
    private readonly renderer: Sigma<NodeAttrs, EdgeAttrs>,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "borders";
    container.prepend(this.canvas);
    renderer.on("afterRender", () => this.draw());
  }

  setShapes(shapes: Borders["features"]): void {
    this.shapes = shapes;
    this.draw();
  }

  /** Draws the borders as seen by a renderer (this one, or the one that makes a PNG). */
  drawOn(ctx: CanvasRenderingContext2D, renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
    if (!this.visible) return;
    for (const f of this.shapes) {
      const polygons = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
      ctx.beginPath();
      for (const rings of polygons)
        for (const ring of rings)
          ring.forEach(([lon, lat], i) => {
            const v = renderer.graphToViewport(project(lon!, lat!));
            if (i === 0) ctx.moveTo(v.x, v.y);
            else ctx.lineTo(v.x, v.y);
          });
      ctx.fillStyle = f.properties.code === "VN" ? "#f3efe4" : "#f7f5ef";
      ctx.fill("evenodd");
      ctx.strokeStyle = "#b9b2a1";
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }

  draw(): void {
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== width * ratio || this.canvas.height !== height * ratio) {
      this.canvas.width = width * ratio;
      this.canvas.height = height * ratio;
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.drawOn(ctx, this.renderer);
  }
}
