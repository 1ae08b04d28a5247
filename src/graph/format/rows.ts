// Rows as analysts take them: an aligned text table, CSV (RFC 4180, for Excel), or JSON.
import type { Row } from "../store";

const cell = (v: unknown): string =>
  v === null || v === undefined ? "" : Array.isArray(v) ? v.map(cell).join(" | ") : typeof v === "object" ? JSON.stringify(v) : String(v);

export function columnsOf(rows: readonly Row[]): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return cols;
}

export function toCsv(rows: readonly Row[], columns = columnsOf(rows)): string {
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // a leading =, +, - or @ would be run as a formula by spreadsheets
  const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  return [columns.map(esc).join(","), ...rows.map((r) => columns.map((c) => esc(safe(cell(r[c])))).join(","))].join("\r\n") + "\r\n";
}

/** `whole`: columns never clipped (an id to copy, such as a relId for `kg curate reject`). */
export function toTable(rows: readonly Row[], columns = columnsOf(rows), maxWidth = 60, whole: readonly string[] = []): string {
  if (rows.length === 0) return "(no rows)";
  const clip = (s: string, c: string) => (s.length > maxWidth && !whole.includes(c) ? s.slice(0, maxWidth - 1) + "…" : s);
  const body = rows.map((r) => columns.map((c) => clip(cell(r[c]).replace(/\s+/g, " "), c)));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((b) => [...b[i]!].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v + " ".repeat(Math.max(0, widths[i]! - [...v].length)))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n") + `\n(${rows.length} row${rows.length === 1 ? "" : "s"})`;
}
