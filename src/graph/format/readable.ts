// Rows as analysts read them, in Vietnamese or English: column headers, dates ("4/6/2019",
// "4/6, năm không rõ"; "4 June 2019", "4 June, year unknown"), countries, document and event
// kinds in words; the columns that only hold ids are left out. `kg ask` prints its answers so.
import { z } from "zod";
import labelsJson from "../../../data/labels.json";
import { getCountry } from "../../reference/gazetteer";
import type { Row } from "../store";
import { dateVi } from "./labels-vi";

export type Lang = "vi" | "en";

const Pair = z.tuple([z.string(), z.string()]);
const LABELS = z
  .object({ columns: z.record(z.string(), Pair), documents: z.record(z.string(), Pair), eventKinds: z.record(z.string(), Pair) })
  .parse(labelsJson);
const pick = (table: Record<string, [string, string]>, key: string, lang: Lang) => table[key]?.[lang === "vi" ? 0 : 1];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-06-04" → "4/6/2019" or "4 June 2019"; "--06-04" → "4/6, năm không rõ" or "4 June, year unknown". */
export function dateIn(lang: Lang, d: string): string {
  if (lang === "vi") return dateVi(d);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]}, year unknown`;
  return d;
}

/** Dates inside names: ISO ones, and the Vietnamese ones event names carry, in the reader's language. */
export function namesIn(lang: Lang, name: string): string {
  const iso = name.replace(/\((--\d{2}-\d{2}|\d{4}-\d{2}(?:-\d{2})?)\)/g, (_m, d: string) => `(${dateIn(lang, d)})`);
  if (lang === "vi") return iso;
  return iso.replace(/\((\d{1,2})\/(\d{1,2})(?:\/(\d{4})|, năm không rõ)\)/gu, (_m, day: string, month: string, y?: string) =>
    `(${Number(day)} ${MONTHS[Number(month) - 1] ?? month}${y ? ` ${y}` : ", year unknown"})`,
  );
}

export function readableColumn(lang: Lang, column: string): string {
  return pick(LABELS.columns, column, lang) ?? column;
}

export function readableCell(lang: Lang, column: string, value: unknown): unknown {
  if (typeof value !== "string" || !value) return Array.isArray(value) ? value.map((v) => readableCell(lang, column, v)) : value;
  if (/^(date|endDate|firstSeen|lastSeen|earliest|latest|validTo)$/.test(column)) return dateIn(lang, value);
  if (column === "document") return pick(LABELS.documents, value, lang) ?? value;
  if (column === "kind") return pick(LABELS.eventKinds, value, lang) ?? value;
  if (/^(country|countryA|countryB|partnerCountry)$/.test(column) && /^[A-Z]{2}$/.test(value)) {
    const c = getCountry(value);
    return (lang === "vi" ? c?.name : c?.english) ?? value;
  }
  return namesIn(lang, value);
}

const ID = /^(?:event|person|org|province|role|country|article):\S+$|^a_[0-9a-f]{16}$/u;

/** The columns worth reading: no column whose every value is an id, nor the evidence (shown apart). */
export function readableColumns(rows: readonly Row[]): string[] {
  const cols = Object.keys(rows[0] ?? {}).filter((c) => !/Id$|^article|^quotes?$/.test(c));
  return cols.filter((c) => !rows.every((r) => r[c] === null || r[c] === undefined || (typeof r[c] === "string" && ID.test(r[c] as string))));
}

/** The rows with readable cells, keyed by the readable column names. */
export function readableRows(lang: Lang, rows: readonly Row[]): { rows: Row[]; columns: string[] } {
  const cols = readableColumns(rows);
  const columns = cols.map((c) => readableColumn(lang, c));
  return { columns, rows: rows.map((r) => Object.fromEntries(cols.map((c, i) => [columns[i]!, readableCell(lang, c, r[c])])) as Row) };
}
