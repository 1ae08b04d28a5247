// Runs a report on a store and renders it: shared by `kg report` and GET /api/reports/:name.
import type { z } from "zod";
import { REPORT_TITLES_VI } from "./format/labels-vi";
import { matrixGrid } from "./format/matrix-grid";
import { renderReport, type ReportFormat } from "./format/report-render";
import { getReport, prepareParams } from "./queries/catalogue";
import type { GraphStore } from "./store";

export async function makeReport(
  store: GraphStore,
  name: string,
  raw: Record<string, string>,
  format: ReportFormat,
  now = new Date(),
  articleBase: string | null = null,
): Promise<string> {
  const def = getReport(name);
  const found = await store.run(def.name, prepareParams(def, raw));
  // the matrix reads as a grid (province × partner); its JSON stays the list of pairs
  const { rows, columns } =
    def.name === "matrix" && format !== "json" ? matrixGrid(found) : { rows: found, columns: Object.keys((def.row as z.ZodObject).shape) };
  return renderReport(
    {
      name: def.name,
      title: REPORT_TITLES_VI[def.name] ? `${REPORT_TITLES_VI[def.name]} (${def.title})` : def.title,
      params: raw,
      columns,
      rows,
      generatedAt: now.toISOString().slice(0, 16).replace("T", " ") + " UTC",
      articleBase,
    },
    format,
  );
}
