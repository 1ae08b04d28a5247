// Fetching pages the way a well-behaved crawler does: robots.txt obeyed (per host, cached), a delay
// between two requests to one host, retries with back-off on 429, 5xx and network errors, a time
// limit and a size limit per response, conditional requests (ETag, Last-Modified) against an
// on-disk cache, so that a re-run refetches nothing unchanged. Non-UTF-8 pages are decoded by
// their declared charset. Every failure is a FetchError with the URL and the reason.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { join } from "node:path";
import { lookup } from "node:dns/promises";
import robotsParser from "robots-parser";
import { z } from "zod";
import { KgError } from "../../graph/errors";

export class FetchError extends KgError {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`fetch ${url}: ${reason}`);
  }
}

export interface FetcherOptions {
  /** The on-disk cache (KG_WEB_CACHE); null keeps nothing between runs. */
  cacheDir: string | null;
  /** Between two requests to one host (KG_FETCH_DELAY_MS). */
  delayMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
  /** Private and loopback addresses may be fetched (tests, an intranet); off for the server by default. */
  allowPrivate?: boolean;
  userAgent?: string;
}

export interface Fetched {
  url: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  text: string;
  /** Answered from the cache after a 304 (nothing changed since the last run). */
  fromCache: boolean;
}

const CacheEntrySchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  contentType: z.string(),
  text: z.string(),
});
type CacheEntry = z.infer<typeof CacheEntrySchema>;

const USER_AGENT = "vn-propaganda-kg/0.1 (+https://github.com/; news reader for analysts)";

/** Private, loopback, link-local and unique-local addresses: never fetched for someone else by default. */
function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split(".").map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const v6 = ip.toLowerCase();
  return (
    v6 === "::1" ||
    v6 === "::" ||
    v6.startsWith("fc") ||
    v6.startsWith("fd") ||
    v6.startsWith("fe80") ||
    v6.startsWith("::ffff:127.") ||
    v6.startsWith("::ffff:10.") ||
    v6.startsWith("::ffff:192.168.")
  );
}

/** The charset a response declares (Content-Type, else a <meta> near the top), else UTF-8. */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(Buffer.from(bytes.subarray(0, 4096)).toString("latin1"))?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class PoliteFetcher {
  private readonly lastAt = new Map<string, number>();
  private readonly robots = new Map<string, Promise<ReturnType<typeof robotsParser> | null>>();
  private readonly delayMs: number;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly retries: number;
  private readonly userAgent: string;

  constructor(private readonly opts: FetcherOptions) {
    this.delayMs = opts.delayMs ?? 1000;
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
    this.retries = opts.retries ?? 3;
    this.userAgent = opts.userAgent ?? USER_AGENT;
    if (opts.cacheDir) mkdirSync(opts.cacheDir, { recursive: true });
  }

  private cacheFile(url: string): string | null {
    return this.opts.cacheDir ? join(this.opts.cacheDir, `${createHash("sha256").update(url).digest("hex").slice(0, 32)}.json`) : null;
  }

  private cached(url: string): CacheEntry | null {
    const file = this.cacheFile(url);
    if (!file) return null;
    try {
      return CacheEntrySchema.parse(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      return null;
    }
  }

  private keep(entry: CacheEntry): void {
    const file = this.cacheFile(entry.url);
    if (!file) return;
    writeFileSync(`${file}.tmp`, JSON.stringify(entry));
    renameSync(`${file}.tmp`, file);
  }

  /** Refuses what must not be fetched: other schemes, private addresses (unless allowed). */
  private async check(url: URL): Promise<void> {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(url.href, `only http and https URLs are fetched (got ${url.protocol})`);
    if (this.opts.allowPrivate) return;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
    if (addresses.some(isPrivateAddress))
      throw new FetchError(url.href, "the host is a private or loopback address; set KG_FETCH_ALLOW_PRIVATE=true to fetch from an intranet");
  }

  /** One request to a host at a time, at least delayMs apart. */
  private async wait(host: string): Promise<void> {
    const last = this.lastAt.get(host) ?? 0;
    const due = last + this.delayMs - Date.now();
    this.lastAt.set(host, Math.max(Date.now(), last + this.delayMs));
    if (due > 0) await sleep(due);
  }

  private async allowed(url: URL): Promise<boolean> {
    let robots = this.robots.get(url.origin);
    if (!robots) {
      robots = (async () => {
        try {
          const robotsUrl = `${url.origin}/robots.txt`;
          await this.wait(url.host);
          const res = await fetch(robotsUrl, { signal: AbortSignal.timeout(this.timeoutMs), headers: { "User-Agent": this.userAgent } });
          if (!res.ok) return null; // no robots.txt: everything is allowed
          return robotsParser(robotsUrl, (await res.text()).slice(0, 500_000));
        } catch {
          return null;
        }
      })();
      this.robots.set(url.origin, robots);
    }
    const parsed = await robots;
    return parsed?.isAllowed(url.href, this.userAgent) ?? true;
  }

  /** The body, read up to maxBytes: a larger one is cut off and refused. */
  private async body(res: Response, url: string): Promise<Uint8Array> {
    const declared = Number(res.headers.get("content-length") ?? "0");
    if (declared > this.maxBytes) throw new FetchError(url, `the page is ${declared} bytes, over the limit of ${this.maxBytes} (KG_FETCH_MAX_BYTES)`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    if (!reader) return new Uint8Array();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > this.maxBytes) {
        await reader.cancel();
        throw new FetchError(url, `the page is over the limit of ${this.maxBytes} bytes (KG_FETCH_MAX_BYTES)`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }

  /** Redirects followed by hand (at most 5), each target checked as the first was. */
  private async follow(start: URL, headers: Record<string, string>): Promise<Response> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let url = start;
    for (let hop = 0; ; hop++) {
      const res = await fetch(url.href, { redirect: "manual", signal, headers });
      const location = res.headers.get("location");
      if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) {
        Object.defineProperty(res, "url", { value: url.href });
        return res;
      }
      await res.body?.cancel();
      if (hop >= 5) throw new FetchError(start.href, "more than 5 redirects");
      url = new URL(location, url);
      await this.check(url);
    }
  }

  async fetch(href: string): Promise<Fetched> {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      throw new FetchError(href, "not a URL");
    }
    await this.check(url);
    if (!(await this.allowed(url))) throw new FetchError(href, "robots.txt of the site disallows it");
    const before = this.cached(url.href);
    let lastError = "no answer";
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(Math.min(8000, 500 * 2 ** (attempt - 1)));
      await this.wait(url.host);
      let res: Response;
      try {
        res = await this.follow(url, {
          "User-Agent": this.userAgent,
          Accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
          ...(before?.etag ? { "If-None-Match": before.etag } : {}),
          ...(before?.lastModified ? { "If-Modified-Since": before.lastModified } : {}),
        });
      } catch (e) {
        if (e instanceof FetchError) throw e;
        const err = e as Error;
        lastError = err.name === "TimeoutError" ? `no answer within ${this.timeoutMs} ms` : ((err.cause as Error | undefined)?.message ?? err.message);
        continue;
      }
      if (res.status === 304 && before) {
        await res.body?.cancel();
        return { url: url.href, finalUrl: before.finalUrl, status: 304, contentType: before.contentType, text: before.text, fromCache: true };
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        lastError = `the server answered ${res.status}`;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FetchError(href, `the server answered ${res.status} ${res.statusText}`.trim());
      }
      const contentType = res.headers.get("content-type") ?? "";
      let bytes: Uint8Array;
      try {
        bytes = await this.body(res, href);
      } catch (e) {
        if (e instanceof FetchError) throw e;
        lastError = (e as Error).name === "TimeoutError" ? `the page did not arrive within ${this.timeoutMs} ms` : (e as Error).message;
        continue;
      }
      const text = decodeBody(bytes, contentType);
      const entry = {
        url: url.href,
        finalUrl: res.url || url.href,
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
        contentType,
        text,
      };
      this.keep(entry);
      return { url: url.href, finalUrl: entry.finalUrl, status: res.status, contentType, text, fromCache: false };
    }
    throw new FetchError(href, `${lastError} (tried ${this.retries + 1} times)`);
  }
}
