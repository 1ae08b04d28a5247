// The explorer speaks Vietnamese first, English one click away: every label, relation type,
// document kind and message, and dates as people write them ("4/6/2019", "4/6, năm không rõ").
// The language is kept in the URL (lang=en) and in localStorage.
import { z } from "zod";
import countriesJson from "../../data/reference/countries.json";
import labelsJson from "../../data/labels.json";

/** Column headers, document kinds and event kinds, [Vietnamese, English], shared with the server's reports. */
const Pair = z.tuple([z.string(), z.string()]);
const LABELS = z
  .object({
    columns: z.record(z.string(), Pair),
    documents: z.record(z.string(), Pair),
    eventKinds: z.record(z.string(), Pair),
    relations: z.record(z.string(), Pair),
  })
  .parse(labelsJson);

export type Lang = "vi" | "en";

export const lang: Lang = (() => {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("lang");
  if (fromHash === "en" || fromHash === "vi") return fromHash;
  try {
    return localStorage.getItem("kg-lang") === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
})();

const WORDS = {
  title: ["Hợp tác tuyên giáo", "Propaganda cooperation"],
  askPlaceholder: ["Hỏi: Sơn La đã ký với những tỉnh nào của Lào?", "Ask: which Lao provinces has Son La signed with?"],
  ask: ["Hỏi", "Ask"],
  searchPlaceholder: ["Tìm: son la, Luang Prabang…", "Search: son la, Luang Prabang…"],
  layoutForce: ["Lực hút (force)", "Force layout"],
  layoutMap: ["Bản đồ (map)", "Map layout"],
  pauseLayout: ["Dừng bố cục", "Pause layout"],
  runLayout: ["Chạy bố cục", "Run layout"],
  share: ["Liên kết", "Link"],
  shareTitle: ["Chép liên kết tới khung nhìn này", "Copy a link to this view"],
  filters: ["Bộ lọc", "Filters"],
  nodeTypes: ["Loại nút", "Node types"],
  relations: ["Quan hệ", "Relations"],
  partnerCountry: ["Nước đối tác", "Partner country"],
  all: ["tất cả", "all"],
  years: ["Năm", "Years"],
  from: ["từ", "from"],
  to: ["đến", "to"],
  reset: ["Đặt lại", "Reset"],
  legend: ["Chú giải", "Legend"],
  questions: ["Câu hỏi có sẵn", "Questions"],
  close: ["Đóng", "Close"],
  language: ["English", "Tiếng Việt"],
  nodes: ["nút", "nodes"],
  relationsShown: ["quan hệ", "relations"],
  links: ["đường nối", "links"],
  shown: ["đang hiện", "shown"],
  limited: ["(có giới hạn: lọc hoặc tìm để xem thêm)", "(limited: filter or search to see more)"],
  linkCopied: ["Đã chép liên kết tới khung nhìn này", "Link to this view copied"],
  couldNotLoad: ["Không tải được đồ thị", "Could not load the graph"],
  signedWith: ["Đã ký với", "Signed with"],
  rolesOverTime: ["Chức vụ theo thời gian", "Roles over time"],
  expand: ["Mở rộng lân cận", "Expand neighbourhood"],
  expanded: ["Đã mở rộng: thêm", "Expanded: added"],
  nothingNew: ["Không có nút mới quanh đây", "No new nodes around here"],
  pathPick: ["Đường nối: chọn đầu kia rồi bấm “Đường nối từ/đến đây” lần nữa", "Path: now pick the other end and press “Path from/to here” again"],
  pathNone: ["Không tìm thấy đường nối giữa hai nút này (trong 6 bước)", "No path between these two within 6 steps"],
  pathFound: ["Đường nối", "Path"],
  noResults: ["Không có kết quả", "No results"],
  allYears: ["Mọi năm", "All years"],
  correct: ["Sửa", "Correct"],
  rows: ["dòng", "rows"],
  firstShown: ["hiện", "showing the first"],
  pathHere: ["Đường nối từ/đến đây", "Path from/to here"],
  readInArticle: ["đọc trong bài báo", "read in the article"],
  dateUnknown: ["không rõ ngày", "date not stated"],
  openSource: ["Mở nút đầu", "Open source node"],
  propLabel: ["loại", "kind of node"],
  propCountry: ["nước", "country"],
  propKind: ["dạng", "kind"],
  propLevel: ["cấp", "level"],
  propDate: ["ngày", "date"],
  propEndDate: ["đến ngày", "until"],
  propTitle: ["chức danh", "title"],
  propEnglish: ["tên tiếng Anh", "English name"],
  propValidTo: ["tồn tại đến", "existed until"],
  propMergedInto: ["sáp nhập vào", "merged into"],
  propCode: ["mã", "code"],
  rename: ["Đổi tên", "Rename"],
  mergeWith: ["Gộp với…", "Merge with…"],
  wrong: ["Sai", "Wrong"],
  wrongTitle: ["Quan hệ này sai: ẩn đi", "This is wrong: hide it"],
  newName: ["Tên mới", "New name"],
  note: ["Ghi chú (lý do, nguồn)", "Note (why, source)"],
  save: ["Lưu", "Save"],
  cancel: ["Hủy", "Cancel"],
  find: ["Tìm", "Find"],
  mergeInto: ["Gộp vào đây: tìm thực thể trùng", "Merge into this one: find the duplicate"],
  dropRoles: ["Bỏ các chức danh sai của người này (đã tách người thành hai)", "Drop this person's wrong roles (they split the person in two)"],
  chosen: ["Đã chọn", "Chosen"],
  saved: ["Đã lưu sửa chữa", "Correction saved"],
  undo: ["Hoàn tác", "Undo"],
  undone: ["Đã hoàn tác", "Undone"],
  curated: ["✎ Đã sửa tay", "✎ Corrected by an analyst"],
  addedByAnalyst: ["✎ Người phân tích thêm", "✎ Added by an analyst"],
  tokenPrompt: ["Máy chủ cần mã truy cập (KG_API_TOKEN) để lưu sửa chữa:", "The server needs its access token (KG_API_TOKEN) to save corrections:"],
  curateFailed: ["Không lưu được", "Could not save"],
  offscreenTitle: ["Các nút ngoài khung nhìn", "Nodes outside the view"],
  offscreenNodes: ["nút ngoài khung nhìn (bấm để xem)", "nodes outside the view (click to see them)"],
  trayTitle: ["Chưa rõ nơi chốn", "No place known"],
  trayNote: [
    "Bài báo không cho biết các nút này thuộc tỉnh hay nước nào, nên chúng không được đặt lên bản đồ.",
    "The articles do not say which province or country these belong to, so they are not put on the map.",
  ],
  fitAll: ["Xem tất cả", "Show all"],
  timelineNoYears: ["Không có sự kiện nào có năm trong khung nhìn này.", "No event in this view has a year."],
  timelineUndatedCount: ["sự kiện không rõ năm", "events without a year"],
  timelineUndatedShow: ["sự kiện không rõ năm: hiện trên bản đồ", "events without a year: show them on the map"],
  timelineUndatedTitle: ["Các sự kiện mà bài báo không cho biết năm", "Events whose article does not give the year"],
  timelineGroup: ["Sự kiện theo năm: kéo để chọn khoảng năm", "Events by year: drag to choose a span of years"],
  timelineEvents: ["sự kiện", "events"],
  timelineMonth: ["tháng", "month"],
  timelineMonthUnknown: ["không rõ tháng", "month not stated"],
  pngSizeScreen: ["PNG: cỡ màn hình", "PNG: screen size"],
  pngSize: ["Cỡ ảnh PNG", "PNG size"],
  details: ["Chi tiết", "Details"],
  searchLabel: ["Tìm thực thể", "Search entities"],
  askLabel: ["Câu hỏi (tiếng Việt hoặc tiếng Anh)", "Question (Vietnamese or English)"],
  mapLabel: ["Bản đồ mạng lưới", "Network map"],
  timelineLabel: ["Dòng thời gian", "Timeline"],
  csvAll: ["CSV (mọi dòng)", "CSV (all rows)"],
  answering: ["Đang trả lời…", "Answering…"],
  count: ["Số lượng", "Count"],
  results: ["kết quả", "results"],
} as const;

export type WordKey = keyof typeof WORDS;
export const t = (k: WordKey): string => WORDS[k][lang === "vi" ? 0 : 1];

const NODE_TYPES: Record<string, [string, string]> = {
  Province: ["Tỉnh", "Province"],
  Organization: ["Cơ quan", "Organisation"],
  Person: ["Người", "Person"],
  Event: ["Sự kiện", "Event"],
  Country: ["Quốc gia", "Country"],
  Role: ["Chức vụ", "Role"],
  Article: ["Bài báo", "Article"],
};
const REL_TYPES: Record<string, [string, string]> = {
  SIGNED_WITH: ["Ký kết với", "Signed with"],
  HOSTED: ["Đón tiếp", "Hosted"],
  LED_DELEGATION: ["Dẫn đầu đoàn", "Led the delegation of"],
  PARTICIPATED_IN: ["Tham gia", "Took part in"],
  HELD_IN: ["Diễn ra tại", "Held in"],
  BASED_IN: ["Trụ sở tại", "Based in"],
  HOLDS_ROLE: ["Giữ chức vụ", "Holds role"],
  ROLE_AT: ["Chức vụ tại", "Role at"],
  ATTENDED: ["Có mặt", "Attended"],
  REPORTED_IN: ["Được đưa tin trong", "Reported in"],
  MERGED_INTO: ["Sáp nhập vào (2025)", "Merged into (2025)"],
  IN_COUNTRY: ["Thuộc nước", "In country"],
};
const DOCUMENTS = LABELS.documents;
const pick = (table: Record<string, [string, string]>, k: string) => table[k]?.[lang === "vi" ? 0 : 1] ?? k;
export const nodeTypeLabel = (k: string) => pick(NODE_TYPES, k);
export const relLabel = (k: string) => pick(REL_TYPES, k);
export const documentLabel = (k: string) => pick(DOCUMENTS, k);

const COLUMNS = LABELS.columns;
export const columnLabel = (c: string) => pick(COLUMNS, c);
/** A table cell as people read it: dates written out, document kinds glossed. */
export function cellLabel(c: string, v: string): string {
  if (!v) return v;
  if (/^(date|endDate|firstSeen|lastSeen|earliest|latest|validTo)$/.test(c)) return dateLabel(v);
  if (c === "document") return documentLabel(v);
  if (c === "relation") return pick(LABELS.relations, v);
  if (/(?:^c|C)ountry$/u.test(c)) return pick(COUNTRY_NAMES, v);
  return v;
}

const STATUS: Record<number, [string, string]> = {
  400: ["Yêu cầu không hợp lệ", "Invalid request"],
  401: ["Cần mã truy cập của máy chủ", "The server's access token is needed"],
  403: ["Máy chủ không cho phép việc này", "The server does not allow this"],
  404: ["Không tìm thấy", "Not found"],
  413: ["Dữ liệu gửi quá lớn", "Too large"],
  422: ["Không đọc được nội dung", "Could not read it"],
  429: ["Quá nhiều yêu cầu, thử lại sau ít phút", "Too many requests; try again in a minute"],
  501: ["Kho dữ liệu này không hỗ trợ việc này", "This store does not do that"],
  503: ["Cơ sở dữ liệu không trả lời, thử lại sau", "The database does not answer; try again later"],
  507: ["Máy chủ không ghi được (hết chỗ?)", "The server could not write (disk full?)"],
};
/** An error as the explorer says it: what happened in the page's language, then the server's detail. */
export function errorText(e: unknown): string {
  const err = e as { status?: number; message?: string };
  const head = err.status ? STATUS[err.status]?.[lang === "vi" ? 0 : 1] : undefined;
  const detail = err.message ?? String(e);
  return head ? `${head} (${detail})` : detail;
}

/** A node property's name and value as the panel shows them. */
const PROP_WORDS: Record<string, WordKey> = {
  label: "propLabel",
  country: "propCountry",
  kind: "propKind",
  level: "propLevel",
  date: "propDate",
  endDate: "propEndDate",
  title: "propTitle",
  english: "propEnglish",
  validTo: "propValidTo",
  mergedInto: "propMergedInto",
  code: "propCode",
};
export const propName = (k: string) => (PROP_WORDS[k] ? t(PROP_WORDS[k]) : k);
/** Every country of the reference, by code: [Vietnamese, English]. */
const COUNTRY_NAMES: Record<string, [string, string]> = Object.fromEntries(
  z
    .array(z.object({ code: z.string(), name: z.string(), english: z.string() }))
    .parse(countriesJson)
    .map((c) => [c.code, [c.name, c.english]]),
);
/** A country code as people read it ("LA" → "Lào", in English "Laos"). */
export const countryName = (code: string) => pick(COUNTRY_NAMES, code);
const KINDS: Record<string, [string, string]> = {
  province: ["tỉnh", "province"],
  city: ["thành phố", "city"],
  capital: ["thủ đô", "capital"],
  region: ["khu tự trị", "autonomous region"],
  propaganda: ["ban tuyên giáo / tuyên huấn", "propaganda department"],
  party: ["cấp ủy đảng", "party committee"],
  council: ["hội đồng nhân dân", "people's council"],
  people_committee: ["ủy ban nhân dân", "people's committee"],
  leadership: ["lãnh đạo tỉnh", "provincial leadership"],
  ...LABELS.eventKinds,
  central: ["trung ương", "central"],
  provincial: ["tỉnh", "provincial"],
};
export function propValue(k: string, v: string): string {
  if (k === "label") return nodeTypeLabel(v);
  if (k === "country") return pick(COUNTRY_NAMES, v);
  if (k === "kind" || k === "level") return pick(KINDS, v);
  if (k === "date" || k === "endDate" || k === "validTo") return dateLabel(v);
  return v;
}

/** "2019-06-04" → "4/6/2019"; "2019-06" → "6/2019"; "--06-04" → "4/6, năm không rõ" (English: "4 June, year unknown"). */
export function dateLabel(d: string | null | undefined): string {
  if (!d) return "";
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return lang === "vi" ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return lang === "vi" ? `${Number(m[2])}/${m[1]}` : `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(d);
  if (m) return lang === "vi" ? `${Number(m[2])}/${Number(m[1])}, năm không rõ` : `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]}, year unknown`;
  return d;
}
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Dates inside names written the same way: ISO ones ("Hội đàm Sơn La – Hủa Phăn (--06-04)") and,
 * in the English view, the Vietnamese ones event names carry ("(4/6, năm không rõ)").
 */
export const withReadableDates = (name: string) => {
  const iso = name.replace(/\((--\d{2}-\d{2}|\d{4}-\d{2}(?:-\d{2})?)\)/g, (_m, d: string) => `(${dateLabel(d)})`);
  if (lang === "vi") return iso;
  return iso.replace(/\((\d{1,2})\/(\d{1,2})(?:\/(\d{4})|, năm không rõ)\)/gu, (_m, day: string, month: string, y?: string) =>
    `(${Number(day)} ${MONTHS[Number(month) - 1] ?? month}${y ? ` ${y}` : ", year unknown"})`,
  );
};

/** Static texts of the page: elements with data-i18n (text), data-i18n-placeholder, data-i18n-title. */
export function translatePage(): void {
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll<HTMLElement>("[data-i18n]")) e.textContent = t(e.dataset.i18n as WordKey);
  for (const e of document.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) e.placeholder = t(e.dataset.i18nPlaceholder as WordKey);
  for (const e of document.querySelectorAll<HTMLElement>("[data-i18n-title]")) e.title = t(e.dataset.i18nTitle as WordKey);
  for (const e of document.querySelectorAll<HTMLElement>("[data-i18n-aria]")) e.setAttribute("aria-label", t(e.dataset.i18nAria as WordKey));
}

export function switchLanguage(): void {
  const next: Lang = lang === "vi" ? "en" : "vi";
  try {
    localStorage.setItem("kg-lang", next);
  } catch {
    // the URL keeps it
  }
  const p = new URLSearchParams(location.hash.slice(1));
  if (next === "en") p.set("lang", "en");
  else p.delete("lang");
  location.hash = p.toString();
  location.reload();
}
