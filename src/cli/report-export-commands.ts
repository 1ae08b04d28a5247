// `kg report` and `kg export`: documents for a briefing, and the graph in standard formats.
import { writeFileSync } from "node:fs";
import { exportGraph, type ExportFormat } from "../graph/export/export-graph";
import type { ReportFormat } from "../graph/format/report-render";
import { makeReport } from "../graph/make-report";
import type { StoreKind } from "../graph/open-store";
import { REPORT_CATALOGUE } from "../graph/queries/catalogue";
import { parseParams } from "./query-command";
import { openFromOptions } from "./store-options";

function emit(content: string, out: string | undefined): void {
  if (out) {
    writeFileSync(out, content);
    process.stderr.write(`wrote ${out} (${Buffer.byteLength(content)} bytes)\n`);
  } else process.stdout.write(content);
}

export function listReports(): string {
  return [...REPORT_CATALOGUE.values()].map((r) => `${r.name.padEnd(22)} ${r.title}`).join("\n");
}

export async function runReport(name: string, opts: { param: string[]; format: ReportFormat; out?: string; store?: StoreKind }): Promise<void> {
  const store = await openFromOptions(opts.store, false);
  try {
    // sources without their own URL link to the server's article view when KG_PUBLIC_URL says where it is
    const publicUrl = process.env.KG_PUBLIC_URL?.trim();
    const articleBase = publicUrl ? `${publicUrl.replace(/\/+$/, "")}/api/articles/` : null;
    emit(await makeReport(store, name, parseParams(opts.param), opts.format, new Date(), articleBase), opts.out);
  } finally {
    await store.close();
  }
}

export async function runExport(opts: { format: ExportFormat; out?: string; store?: StoreKind }): Promise<void> {
  const store = await openFromOptions(opts.store, false);
  try {
    emit(await exportGraph(store, opts.format), opts.out);
  } finally {
    await store.close();
  }
}
