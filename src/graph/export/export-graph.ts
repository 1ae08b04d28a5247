// One entry point for exports, shared by `kg export` and GET /api/export.
import { z } from "zod";
import { provinceCoordinates } from "../../reference/gazetteer";
import type { GraphDump, GraphStore } from "../store";
import { cypherScriptChunks } from "./cypher-script";
import { gexfChunks, graphmlChunks, jsonChunks } from "./graph-formats";

export const ExportFormatSchema = z.enum(["cypher", "graphml", "gexf", "json"]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  cypher: { contentType: "text/plain; charset=utf-8", extension: "cypher" },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  gexf: { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
};

/** Province nodes carry the gazetteer's coordinates (lat, lon): Gephi's GeoLayout and GIS tools use them. */
function withCoordinates(dump: GraphDump): GraphDump {
  return { ...dump, nodes: dump.nodes.map((n) => ({ ...n, props: { ...n.props, ...provinceCoordinates(n.id, n.label) } })) };
}

/** The export as a stream of text chunks (the whole graph is read first; the file is never held whole). */
export async function exportChunks(store: GraphStore, format: ExportFormat): Promise<Iterable<string>> {
  const dump = withCoordinates(await store.dump());
  switch (format) {
    case "cypher":
      return cypherScriptChunks(dump);
    case "graphml":
      return graphmlChunks(dump);
    case "gexf":
      return gexfChunks(dump);
    case "json":
      return jsonChunks(dump);
  }
}

export async function exportGraph(store: GraphStore, format: ExportFormat): Promise<string> {
  return [...(await exportChunks(store, format))].join("");
}
