// Exports of the current view: PNG (what is drawn) and GEXF (opens in Gephi).
import { drawOnCanvas } from "@sigma/export-image";
import { write } from "graphology-gexf";
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs, ViewGraph } from "./graph-data";
import { LabelPlacer } from "./label-placer";

export interface PngOptions {
  /** Size of the map in the image; null: as on screen. */
  width: number | null;
  height: number | null;
  title: string;
  /** The filters in words, printed under the title. */
  filters: string;
  legend: Array<[string, string]>;
  /** Draws the borders for a renderer (the one that makes the image). */
  drawBorders: ((ctx: CanvasRenderingContext2D, renderer: Sigma<NodeAttrs, EdgeAttrs>) => void) | null;
}

/** The PNG an analyst can hand on, exactly the size asked for: title, date, filters, the map with its borders, and the legend. */
export async function exportPng(renderer: Sigma<NodeAttrs, EdgeAttrs>, o: PngOptions): Promise<void> {
  const out = await drawPng(renderer, o);
  const blob = await new Promise<Blob | null>((r) => out.toBlob(r, "image/png"));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = "kg-view.png";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The image itself (what exportPng downloads). */
export async function drawPng(renderer: Sigma<NodeAttrs, EdgeAttrs>, o: PngOptions): Promise<HTMLCanvasElement> {
  const dims = renderer.getDimensions();
  const width = o.width ?? dims.width;
  const height = o.height ?? dims.height;
  const head = 64;
  const foot = 28 + 20 * Math.ceil(o.legend.length / 3);
  // the map takes what the title and the legend leave, so that the image is exactly width × height
  const mapHeight = Math.max(100, height - head - foot);
  let borders: HTMLCanvasElement | null = null;
  const map = await drawOnCanvas(renderer as unknown as Sigma, {
    width,
    height: mapHeight,
    backgroundColor: "transparent",
    withTempRenderer: (tmp) => {
      // the image's labels are placed for the image, not for the screen
      const typed = tmp as unknown as Sigma<NodeAttrs, EdgeAttrs>;
      const placer = new LabelPlacer(typed);
      typed.setSetting("defaultDrawNodeLabel", placer.draw);
      typed.setSetting("defaultDrawNodeHover", placer.drawHover);
      typed.refresh();
      if (!o.drawBorders) return;
      borders = document.createElement("canvas");
      borders.width = width;
      borders.height = mapHeight;
      o.drawBorders(borders.getContext("2d")!, typed);
    },
  });
  const out = document.createElement("canvas");
  out.width = width;
  out.height = height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#1d2330";
  ctx.font = 'bold 20px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
  ctx.fillText(o.title, 16, 28, width - 32);
  ctx.font = '13px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
  ctx.fillStyle = "#555";
  ctx.fillText(o.filters, 16, 50, width - 32);
  if (borders) ctx.drawImage(borders, 0, head, width, mapHeight);
  // drawn at the screen's pixel ratio: scaled to the image's pixels
  ctx.drawImage(map, 0, head, width, mapHeight);
  ctx.strokeStyle = "#d8d2c4";
  ctx.strokeRect(0.5, head + 0.5, width - 1, mapHeight - 1);
  ctx.font = '13px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
  const top = head + mapHeight + 24;
  o.legend.forEach(([name, color], i) => {
    const x = 16 + (i % 3) * Math.floor((width - 32) / 3);
    const y = top + 20 * Math.floor(i / 3);
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x + 6, y - 4, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = "#1d2330";
    ctx.fillText(name, x + 18, y);
  });
  return out;
}

export function exportGexf(graph: ViewGraph): void {
  const xml = write(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: { kind: a.kind, country: a.country ?? "", date: a.date ?? "" },
      viz: { color: a.color, size: a.size, position: { x: a.x, y: a.y, z: 0 } },
    }),
    formatEdge: (_k, a) => ({ attributes: { type: a.relType, count: a.count, documents: a.documents.join(","), evidence: a.evidenceCount } }),
  });
  const url = URL.createObjectURL(new Blob([xml], { type: "application/xml" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "kg-view.gexf";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
