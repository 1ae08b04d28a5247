// Exports of the current view: PNG (what is drawn) and GEXF (opens in Gephi).
import { drawOnCanvas } from "@sigma/export-image";
import { write } from "graphology-gexf";
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs, ViewGraph } from "./graph-data";

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

/** The PNG an analyst can hand on: title, date, filters, the map with its borders, and the legend. */
export async function exportPng(renderer: Sigma<NodeAttrs, EdgeAttrs>, o: PngOptions): Promise<void> {
  const dims = renderer.getDimensions();
  const width = o.width ?? dims.width;
  const height = o.height ?? dims.height;
  let borders: HTMLCanvasElement | null = null;
  const map = await drawOnCanvas(renderer as unknown as Sigma, {
    width,
    height,
    backgroundColor: "transparent",
    withTempRenderer: (tmp) => {
      if (!o.drawBorders) return;
      borders = document.createElement("canvas");
      borders.width = width;
      borders.height = height;
      o.drawBorders(borders.getContext("2d")!, tmp as unknown as Sigma<NodeAttrs, EdgeAttrs>);
    },
  });
  const head = 64;
  const foot = 28 + 20 * Math.ceil(o.legend.length / 3);
  const out = document.createElement("canvas");
  out.width = map.width;
  out.height = map.height + Math.round((head + foot) * (map.width / width));
  const ctx = out.getContext("2d")!;
  const k = map.width / width; // pixel ratio of the drawn map
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.save();
  ctx.scale(k, k);
  ctx.fillStyle = "#1d2330";
  ctx.font = 'bold 20px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
  ctx.fillText(o.title, 16, 28);
  ctx.font = '13px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
  ctx.fillStyle = "#555";
  ctx.fillText(o.filters, 16, 50, width - 32);
  ctx.restore();
  if (borders) ctx.drawImage(borders, 0, Math.round(head * k), map.width, map.height);
  ctx.drawImage(map, 0, Math.round(head * k));
  ctx.save();
  ctx.scale(k, k);
  ctx.font = '13px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
  const top = head + height + 18;
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
  ctx.restore();
  const blob = await new Promise<Blob | null>((r) => out.toBlob(r, "image/png"));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = "kg-view.png";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
