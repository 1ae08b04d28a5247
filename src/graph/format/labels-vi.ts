// What analysts read instead of codes: column headers, relation types, document kinds, event
// kinds and countries in Vietnamese (with the English one click away in the explorer), and dates
// as people write them ("4/6/2019", "4/6, năm không rõ").
import { getCountry } from "../../reference/gazetteer";
import { z } from "zod";
import labelsJson from "../../../data/labels.json";

/** [Vietnamese, English] for each code; the explorer reads the same file (web/src/i18n.ts). */
const Pair = z.tuple([z.string(), z.string()]);
const LabelsSchema = z.object({ columns: z.record(z.string(), Pair), documents: z.record(z.string(), Pair), eventKinds: z.record(z.string(), Pair) });
const LABELS = LabelsSchema.parse(labelsJson);
const vi = (table: Record<string, [string, string]>) => Object.fromEntries(Object.entries(table).map(([k, [v]]) => [k, v]));

export const COLUMN_LABELS: Readonly<Record<string, string>> = vi(LABELS.columns);
export const DOCUMENT_LABELS: Readonly<Record<string, string>> = vi(LABELS.documents);
export const EVENT_KIND_LABELS: Readonly<Record<string, string>> = vi(LABELS.eventKinds);

/** "2019-06-04" → "4/6/2019"; "2019-06" → "6/2019"; "--06-04" → "4/6, năm không rõ". */
export function dateVi(d: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[2])}/${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[2])}/${Number(m[1])}, năm không rõ`;
  return d;
}

/** A cell's value for reading: dates, document kinds, event kinds and country codes in words. */
export function cellVi(column: string, value: string): string {
  if (!value) return value;
  if (/^(date|endDate|firstSeen|lastSeen)$/.test(column)) return dateVi(value);
  if (column === "document") return DOCUMENT_LABELS[value] ?? value;
  if (column === "curation") return `✎ sửa tay (${value})`;
  if (column === "kind") return EVENT_KIND_LABELS[value] ?? value;
  if (/^(country|countryA|countryB|partnerCountry)$/.test(column) && /^[A-Z]{2}$/.test(value)) return getCountry(value)?.name ?? value;
  return value;
}

export const columnVi = (c: string) => COLUMN_LABELS[c] ?? c;

export const REPORT_TITLES_VI: Readonly<Record<string, string>> = {
  matrix: "Ma trận hợp tác",
  agreements: "Danh mục văn bản đã ký",
  "delegations-register": "Danh mục các đoàn",
  people: "Nhân sự và chức vụ",
  activity: "Hoạt động theo năm và tỉnh",
};
