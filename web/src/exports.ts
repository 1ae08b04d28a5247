// Exports of the current view: PNG (what is drawn) and GEXF (opens in Gephi).
import { downloadAsPNG } from "@sigma/export-image";
import { write } from "graphology-gexf";
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs, ViewGraph } from "./graph-data";

export async function exportPng(renderer: Sigma<NodeAttrs, EdgeAttrs>): Promise<void> {
  await downloadAsPNG(renderer as unknown as Sigma, { fileName: "kg-view", backgroundColor: "#ffffff" });
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
