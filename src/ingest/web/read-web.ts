// Articles from the web: pages by URL and the items of RSS 2.0 and Atom feeds, fetched politely
// (polite-fetcher.ts) and read as articles (page-article.ts), with the page's publication date
// (else the feed's), its title and its URL. A URL that fails is an error item; the others go on.
import { XMLParser } from "fast-xml-parser";
import type { InputItem } from "../read/read-inputs";
import { FetchError, type PoliteFetcher } from "./polite-fetcher";
import { pageToArticle } from "./page-article";

export interface FeedItem {
  url: string;
  title: string | null;
  /** YYYY-MM-DD from pubDate, published or updated. */
  date: string | null;
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const textOf = (v: unknown): string | null =>
  typeof v === "string" ? v.trim() : v && typeof v === "object" && "#text" in v ? String((v as { "#text": unknown })["#text"]).trim() : null;

function dayOf(s: string | null): string | null {
  if (!s) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return /^\d{4}-\d{2}-\d{2}/.exec(s)?.[0] ?? null;
  // the day where the item was published (the feed's own offset), not UTC's
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/.exec(s);
  const shift = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Date(t + shift).toISOString().slice(0, 10);
}

/** The items of an RSS 2.0 or Atom feed, in the feed's order. */
export function feedItems(xml: string, base: string): FeedItem[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true }).parse(xml) as Record<string, unknown>;
  const rss = doc.rss as { channel?: { item?: unknown } } | undefined;
  const atom = doc.feed as { entry?: unknown } | undefined;
  const out: FeedItem[] = [];
  for (const it of asArray(rss?.channel?.item as Record<string, unknown> | Array<Record<string, unknown>>)) {
    const link = textOf(it.link) ?? textOf(it.guid);
    if (link) out.push({ url: new URL(link, base).href, title: textOf(it.title), date: dayOf(textOf(it.pubDate) ?? textOf(it["dc:date"])) });
  }
  for (const e of asArray(atom?.entry as Record<string, unknown> | Array<Record<string, unknown>>)) {
    const links = asArray(e.link as Record<string, string> | Array<Record<string, string>>);
    const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate")?.["@href"] ?? links[0]?.["@href"];
    if (link) out.push({ url: new URL(link, base).href, title: textOf(e.title), date: dayOf(textOf(e.published) ?? textOf(e.updated)) });
  }
  if (!rss && !atom) throw new Error("not an RSS or Atom feed");
  return out;
}

/** One page as an article input; a failure is an error item naming the URL. */
export async function readPage(fetcher: PoliteFetcher, url: string, fallback: { title?: string | null; date?: string | null } = {}): Promise<InputItem> {
  try {
    const page = await fetcher.fetch(url);
    const article = pageToArticle(page.text, page.finalUrl);
    if (!/[\p{L}]{2}/u.test(article.text)) return { ok: false, source: url, error: `read ${url}: the page holds no article text` };
    return {
      ok: true,
      input: {
        source: url,
        url: page.finalUrl,
        text: article.text,
        title: article.title ?? fallback.title ?? null,
        date: article.date ?? fallback.date ?? null,
      },
    };
  } catch (e) {
    return { ok: false, source: url, error: e instanceof FetchError ? e.message : `read ${url}: ${(e as Error).message}` };
  }
}

/** The items of a feed, each page read as an article (the feed's date when the page gives none). */
export async function feedPages(fetcher: PoliteFetcher, feedUrl: string): Promise<{ items: FeedItem[]; error: string | null }> {
  try {
    const feed = await fetcher.fetch(feedUrl);
    return { items: feedItems(feed.text, feed.finalUrl), error: null };
  } catch (e) {
    return { items: [], error: e instanceof FetchError ? e.message : `read the feed ${feedUrl}: ${(e as Error).message}` };
  }
}
