// Runs a report on a store and renders it: shared by `kg report` and GET /api/reports/:name.
import type { z } from "zod";
import { REPORT_TITLES_VI } from "./format/labels-vi";
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
  // a report may read otherwise as a document (the matrix as a grid); its JSON stays the rows
  const { rows, columns } = def.document && format !== "json" ? def.document(found) : { rows: found, columns: Object.keys((def.row as z.ZodObject).shape) };
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
