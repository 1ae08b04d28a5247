// What analysts read instead of codes: column headers, relation types, document kinds, event
// kinds and countries in Vietnamese (with the English one click away in the explorer), and dates
// as people write them ("4/6/2019", "4/6, năm không rõ").
import { getCountry } from "../../reference/gazetteer";
import type { EventKind } from "../model";

export const COLUMN_LABELS: Readonly<Record<string, string>> = {
  date: "Ngày",
  endDate: "Đến ngày",
  year: "Năm",
  partyA: "Bên A",
  provinceA: "Tỉnh bên A",
  countryA: "Nước bên A",
  partyB: "Bên B",
  provinceB: "Tỉnh bên B",
  countryB: "Nước bên B",
  organization: "Cơ quan",
  partner: "Đối tác",
  partnerProvince: "Tỉnh đối tác",
  partnerCountry: "Nước đối tác",
  document: "Văn bản",
  period: "Giai đoạn",
  quote: "Trích dẫn",
  quotes: "Trích dẫn",
  articles: "Nguồn",
  article: "Nguồn",
  curation: "Sửa tay",
  event: "Sự kiện",
  kind: "Loại",
  leader: "Trưởng đoàn",
  roles: "Chức vụ",
  province: "Tỉnh",
  country: "Nước",
  destination: "Nơi đến",
  heldIn: "Địa điểm",
  hosts: "Bên đón tiếp",
  participants: "Các bên tham gia",
  person: "Người",
  title: "Chức vụ",
  firstSeen: "Lần đầu thấy",
  lastSeen: "Lần cuối thấy",
  events: "Số sự kiện",
  signings: "Số lần ký kết",
  delegations: "Số đoàn",
  count: "Số lượng",
  name: "Tên",
};

export const DOCUMENT_LABELS: Readonly<Record<string, string>> = {
  mou: "Biên bản ghi nhớ (MoU)",
  cooperation_programme: "Chương trình phối hợp",
  agreement: "Thỏa thuận",
  minutes: "Biên bản hội đàm / làm việc",
  other: "Văn bản khác",
};

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
  talks: "Hội đàm",
  signing: "Ký kết",
  conference: "Hội nghị",
  working_visit: "Thăm và làm việc",
  reception: "Tiếp đoàn",
  meeting: "Gặp gỡ",
};

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
  if (column === "kind") return EVENT_KIND_LABELS[value as EventKind] ?? value;
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
