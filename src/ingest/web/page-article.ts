// A news page to an article: the main text through Mozilla's Readability (site chrome, related
// headlines, comments and footers dropped: a related headline must never become a fact), the
// title, and the publication date from JSON-LD, `article:published_time`, `<time>` or a
// Vietnamese byline ("Thứ Năm, 14/11/2023 - 10:25"). A page Readability cannot read falls back to
// the streaming reader (src/ingest/read/html.ts).
import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { JSDOM, VirtualConsole } from "jsdom";
import { htmlToArticle } from "../read/html";

export interface PageArticle {
  title: string | null;
  text: string;
  /** YYYY-MM-DD, or null when the page does not say. */
  date: string | null;
  /** Where the date was read ("json-ld", "meta", "time", "byline"). */
  dateFrom: string | null;
}

/** Pages larger than this are read by the streaming reader only (a DOM of them costs too much). */
const DOM_LIMIT = 3 * 1024 * 1024;
/** Nesting deeper than any news page's: a DOM of it costs quadratic time (20 000 divs: 50 s). */
const DEPTH_LIMIT = 400;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** Whether the page nests elements deeper than `limit`, found with the streaming parser. */
function nestsDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  let deeper = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (VOID.has(name)) return;
        if (++depth > limit) {
          deeper = true;
          parser.pause();
        }
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth = Math.max(0, depth - 1);
      },
    },
    { lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return deeper;
}

/** A real day of the calendar (no 31/2), as YYYY-MM-DD. */
function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  const real = y >= 1990 && y <= 2100 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  return real ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}

/** An ISO timestamp or date ("2023-11-14T10:25:00+07:00") as its day. */
function isoDay(s: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s ?? "");
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A Vietnamese byline: "Thứ Năm, 14/11/2023 - 10:25", "14/11/2023 10:25 GMT+7", "Cập nhật: 14-11-2023". */
export function bylineDate(text: string): string | null {
  const m = /(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?/iu.exec(text);
  return m ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** datePublished of a NewsArticle (or any object) in the page's JSON-LD. */
function jsonLdDate(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const stack = [value];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const d = isoDay(typeof o.datePublished === "string" ? o.datePublished : null);
        if (d) return d;
        if (o["@graph"]) stack.push(o["@graph"]);
      }
    }
  }
  return null;
}

function metaDate(doc: Document): string | null {
  for (const sel of [
    'meta[property="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
  ]) {
    const d = isoDay(doc.querySelector(sel)?.getAttribute("content"));
    if (d) return d;
  }
  return null;
}

function timeDate(doc: Document): string | null {
  for (const t of doc.querySelectorAll("time[datetime]")) {
    const d = isoDay(t.getAttribute("datetime"));
    if (d) return d;
  }
  return null;
}

/** The text of the byline area: elements whose class or id says date/time/byline, before the body. */
function bylineText(doc: Document): string {
  const parts: string[] = [];
  for (const e of doc.querySelectorAll('[class*="date" i], [class*="time" i], [class*="byline" i], [id*="date" i], [class*="meta" i]'))
    parts.push(e.textContent ?? "");
  return parts.join(" \n ").slice(0, 4000);
}

/** The publication date the page states, and where it was read. */
export function publicationDate(doc: Document, readableTime?: string | null): { date: string | null; from: string | null } {
  const tried: Array<[string, () => string | null]> = [
    ["json-ld", () => jsonLdDate(doc)],
    ["meta", () => metaDate(doc) ?? isoDay(readableTime)],
    ["time", () => timeDate(doc)],
    ["byline", () => bylineDate(bylineText(doc))],
  ];
  for (const [from, get] of tried) {
    const date = get();
    if (date) return { date, from };
  }
  return { date: null, from: null };
}

/** Readability's article HTML as text with its paragraphs, through the streaming reader. */
function contentText(html: string): string {
  return htmlToArticle(`<html><body>${html}</body></html>`)
    .text.replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function pageToArticle(html: string, url: string | null): PageArticle {
  if (html.length > DOM_LIMIT || nestsDeeperThan(html, DEPTH_LIMIT)) {
    const page = htmlToArticle(html);
    return { title: page.title, text: page.text, date: page.date, dateFrom: page.date ? "meta" : null };
  }
  try {
    // no scripts run, no resources load: the page is read, never executed
    const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const when = publicationDate(doc);
    const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content")?.trim() || null;
    const article = new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
    dom.window.close();
    if (!article?.content || !article.textContent?.trim()) throw new Error("no readable article");
    const date = when.date ?? isoDay(article.publishedTime);
    return {
      title: ogTitle ?? article.title?.trim() ?? null,
      text: contentText(article.content),
      date,
      dateFrom: when.from ?? (date ? "meta" : null),
    };
  } catch {
    const page = htmlToArticle(html);
    return { title: page.title, text: page.text, date: page.date, dateFrom: page.date ? "meta" : null };
  }
}
