// Shares the work of GET answers. Identical requests that arrive while the first is being answered
// wait for its body instead of running the same query again (on every store: under load the
// explorer and dashboards ask the same questions at once). When the store can say when it was
// last written (the embedded store, whose only writer is this process), bodies are also kept until
// the next write. Shared bodies carry an ETag (304 for a client that has it) and are sent gzipped
// to clients that accept it.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Request, RequestHandler, Response } from "express";
import type { GraphStore } from "../graph/store";

interface Entry {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  disposition: string | undefined;
  etag: string;
}

export interface ResponseCacheOptions {
  /** All kept bodies together, in bytes. */
  maxBytes: number;
  /** A larger body is sent but neither kept nor shared. */
  maxEntryBytes: number;
}

const GZIP_FROM_BYTES = 1024;

/** Sends a shared body; `onGzip` learns the size of a gzipped copy made for it. */
function sendEntry(req: Request, res: Response, e: Entry, onGzip: (bytes: number) => void = () => undefined): void {
  res.status(200);
  res.set("Content-Type", e.type);
  if (e.disposition) res.set("Content-Disposition", e.disposition);
  res.set("ETag", e.etag);
  res.vary("Accept-Encoding");
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (e.body.length >= GZIP_FROM_BYTES && req.acceptsEncodings("gzip", "identity") === "gzip") {
    if (!e.gzip) {
      e.gzip = gzipSync(e.body);
      onGzip(e.gzip.length);
    }
    res.set("Content-Encoding", "gzip");
    res.set("Content-Length", String(e.gzip.length));
    res.end(e.gzip);
    return;
  }
  res.set("Content-Length", String(e.body.length));
  res.end(e.body);
}

export function responseCache(store: GraphStore, opts: ResponseCacheOptions = { maxBytes: 64 * 2 ** 20, maxEntryBytes: 16 * 2 ** 20 }): RequestHandler {
  const kept = new Map<string, Entry>(); // in order of use, oldest first
  let keptBytes = 0;
  let keptRevision: number | null = null;
  /** Answers being computed, by request: later identical requests wait for them. */
  const inFlight = new Map<string, Promise<Entry | null>>();
  /** Requests other than GET seen by this server: its own writes are never answered from before them. */
  let otherRequests = 0;

  const size = (e: Entry) => e.body.length + (e.gzip?.length ?? 0);
  const fit = () => {
    for (const [k, old] of kept) {
      if (keptBytes <= opts.maxBytes) break;
      kept.delete(k);
      keptBytes -= size(old);
    }
  };
  const keep = (key: string, e: Entry) => {
    kept.set(key, e);
    keptBytes += size(e);
    fit();
  };
  /** A kept body got its gzipped copy: count it too. */
  const grew = (e: Entry) => (bytes: number) => {
    if ([...kept.values()].includes(e)) {
      keptBytes += bytes;
      fit();
    }
  };

  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      otherRequests++;
      return next();
    }
    const revision = store.revision();
    if (revision !== keptRevision) {
      kept.clear();
      keptBytes = 0;
      keptRevision = revision;
    }
    // reports hold links to the host they were asked on: kept per Host, never served to another
    const host = req.originalUrl.startsWith("/api/reports/") ? (req.get("host") ?? "") : "";
    const key = `${req.method} ${host} ${req.originalUrl}`;
    const hit = revision === null ? undefined : kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
      return sendEntry(req, res, hit, grew(hit));
    }
    const flightKey = `${String(revision)}|${otherRequests}|${key}`;
    const leader = inFlight.get(flightKey);
    if (leader) {
      // the same question is being answered: its body, or (an error, an unshareable body) our own
      void leader.then((entry) => (entry ? sendEntry(req, res, entry, grew(entry)) : next()));
      return;
    }
    let settle: (e: Entry | null) => void = () => undefined;
    inFlight.set(
      flightKey,
      new Promise<Entry | null>((resolve) => {
        settle = (e) => {
          if (inFlight.delete(flightKey)) resolve(e);
        };
      }),
    );
    res.on("close", () => settle(null));
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const shareable =
        res.statusCode === 200 &&
        (typeof body === "string" || Buffer.isBuffer(body)) &&
        store.revision() === revision &&
        Buffer.byteLength(body) <= opts.maxEntryBytes;
      if (!shareable) {
        settle(null);
        return send(body);
      }
      const buf = typeof body === "string" ? Buffer.from(body, "utf8") : body;
      const entry: Entry = {
        body: buf,
        gzip: null,
        type: res.get("Content-Type") ?? "application/octet-stream",
        disposition: res.get("Content-Disposition"),
        etag: `"${createHash("sha1").update(buf).digest("base64url")}"`,
      };
      if (revision !== null) keep(key, entry);
      settle(entry);
      sendEntry(req, res, entry, grew(entry));
      return res;
    };
    next();
  };
}
