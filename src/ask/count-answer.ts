// What a count counts: the thing asked about, not the rows of the query. "Sơn La hợp tác với bao
// nhiêu tỉnh?" counts provinces (a row is one event and relation); "Hủa Phăn đã tiếp bao nhiêu
// đoàn?" counts the hosted events that had a visiting side; a delegation led by two counts once.
import type { Row } from "../graph/store";

export interface Counted {
  n: number;
  /** The thing counted, in both languages ("tỉnh", "provinces"). */
  vi: string;
  en: string;
}

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const names = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** A visit: an event with a participant that is not among its hosts. */
const hadVisitors = (r: Row) => names(r.participants).some((p) => !names(r.hosts).includes(p));

const COUNTED: Record<string, { keep?: (r: Row, params: Record<string, string>) => boolean; key: (r: Row) => string; vi: string; en: string }> = {
  partners: { key: (r) => [r.organizationId, r.partnerId, r.document, r.event].map(str).join("|"), vi: "văn bản ký kết", en: "signings" },
  agreements: { key: (r) => [r.partyA, r.partyB, r.document, r.event, r.date].map(str).join("|"), vi: "văn bản ký kết", en: "signings" },
  delegations: { key: (r) => (r.eventId ? str(r.eventId) : `${str(r.leaderId)}|${str(r.organizationId)}`), vi: "đoàn", en: "delegations" },
  cooperation: { key: (r) => str(r.partnerProvinceId), vi: "tỉnh", en: "provinces" },
  holders: { key: (r) => str(r.personId), vi: "người", en: "people" },
  timeline: {
    // the delegations a province received: what it hosted with a visiting side
    keep: (r, params) => params.hosted !== "true" || hadVisitors(r),
    key: (r) => str(r.eventId),
    vi: "sự kiện",
    en: "events",
  },
  person: { key: (r) => [r.kind, r.label, r.organizationId, r.event].map(str).join("|"), vi: "mục", en: "entries" },
};

export function countAnswer(query: string, params: Record<string, string>, rows: readonly Row[]): Counted {
  const c = COUNTED[query];
  if (!c) return { n: rows.length, vi: "kết quả", en: "results" };
  const kept = rows.filter((r) => c.keep?.(r, params) ?? true);
  const n = new Set(kept.map(c.key)).size;
  if (query === "timeline" && params.hosted === "true") return { n, vi: "đoàn đã tiếp", en: "delegations received" };
  return { n, vi: c.vi, en: c.en };
}
