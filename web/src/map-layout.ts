// The map layout: provinces at their real coordinates, organisations around their province,
// central bodies at their country's capital, events and people among the sides they link; the
// national borders drawn beneath from Natural Earth (GET /api/borders), following the camera.
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

export function placeOnMap(graph: ViewGraph): void {
  const placed = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    if (a.lat !== undefined && a.lon !== undefined) placed.set(id, project(a.lon, a.lat));
    else if (a.kind === "Country") {
      const spot = COUNTRY_LABELS[a.country ?? id.replace(/^country:/, "")];
      if (spot) placed.set(id, project(...spot));
    }
  });
  // organisations on a small circle around their province; central bodies around their capital
  const around = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== "Organization") return;
    const province = graph.outNeighbors(id).find((n) => graph.getNodeAttribute(n, "kind") === "Province" && placed.has(n));
    const key = province ?? `capital:${a.country ?? ""}`;
    around.set(key, [...(around.get(key) ?? []), id]);
  });
  for (const [key, orgs] of around) {
    const capital = key.startsWith("capital:") ? CAPITALS[key.slice(8)] : undefined;
    const centre = placed.get(key) ?? (capital ? project(...capital) : null);
    if (!centre) continue;
    orgs.forEach((id, i) => {
      const angle = (i / orgs.length) * 2 * Math.PI + 0.6;
      const r = 2.2 + 0.6 * Math.floor(i / 8);
      placed.set(id, { x: centre.x + Math.cos(angle) * r, y: centre.y + Math.sin(angle) * r });
    });
  }
  // everything else among its placed neighbours (events first, then people and roles through them)
  for (let round = 0; round < 3; round++) {
    graph.forEachNode((id) => {
      if (placed.has(id)) return;
      const near = graph.neighbors(id).flatMap((n) => (placed.has(n) ? [placed.get(n)!] : []));
      if (!near.length) return;
      const h = hash(id);
      placed.set(id, {
        x: near.reduce((s, p) => s + p.x, 0) / near.length + ((h % 100) / 100 - 0.5) * 2.5,
        y: near.reduce((s, p) => s + p.y, 0) / near.length + (((h >> 8) % 100) / 100 - 0.5) * 2.5,
      });
    });
  }
  graph.forEachNode((id) => {
    const p = placed.get(id);
    if (p) graph.mergeNodeAttributes(id, p);
  });
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
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
