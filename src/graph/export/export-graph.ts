// One entry point for exports, shared by `kg export` and GET /api/export.
import { z } from "zod";
import type { GraphStore } from "../store";
import { toCypherScript } from "./cypher-script";
import { toGexf, toGraphml, toJson } from "./graph-formats";

export const ExportFormatSchema = z.enum(["cypher", "graphml", "gexf", "json"]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  cypher: { contentType: "text/plain; charset=utf-8", extension: "cypher" },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  gexf: { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
};

export async function exportGraph(store: GraphStore, format: ExportFormat): Promise<string> {
  const dump = await store.dump();
  switch (format) {
    case "cypher":
      return toCypherScript(dump);
    case "graphml":
      return toGraphml(dump);
    case "gexf":
      return toGexf(dump);
    case "json":
      return toJson(dump);
  }
}
