// Keeps the bodies of GET answers until the next write, when the store can say when that is (the
// embedded store, whose writer is this process): under load the explorer and dashboards ask the
// same questions, and serialising a large answer again costs more than answering it. Kept bodies
// carry an ETag (304 for a client that has it) and are sent gzipped to clients that accept it.
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
  /** A larger body is sent but not kept. */
  maxEntryBytes: number;
}

const GZIP_FROM_BYTES = 1024;

function sendEntry(req: Request, res: Response, e: Entry): void {
  res.set("Content-Type", e.type);
  if (e.disposition) res.set("Content-Disposition", e.disposition);
  res.set("ETag", e.etag);
  res.vary("Accept-Encoding");
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (e.body.length >= GZIP_FROM_BYTES && req.acceptsEncodings("gzip", "identity") === "gzip") {
    e.gzip ??= gzipSync(e.body);
    res.set("Content-Encoding", "gzip");
    res.set("Content-Length", String(e.gzip.length));
    res.end(e.gzip);
    return;
  }
  res.set("Content-Length", String(e.body.length));
  res.end(e.body);
}

export function responseCache(store: GraphStore, opts: ResponseCacheOptions = { maxBytes: 64 * 2 ** 20, maxEntryBytes: 16 * 2 ** 20 }): RequestHandler {
  const entries = new Map<string, Entry>(); // in order of use, oldest first
  let bytes = 0;
  let revision: number | null = null;
  const keep = (key: string, e: Entry) => {
    entries.set(key, e);
    bytes += e.body.length;
    for (const [k, old] of entries) {
      if (bytes <= opts.maxBytes) break;
      entries.delete(k);
      bytes -= old.body.length;
    }
  };
  return (req, res, next) => {
    const now = store.revision();
    if ((req.method !== "GET" && req.method !== "HEAD") || now === null) return next();
    if (now !== revision) {
      entries.clear();
      bytes = 0;
      revision = now;
    }
    const key = req.originalUrl;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return sendEntry(req, res, hit);
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const cacheable = res.statusCode === 200 && (typeof body === "string" || Buffer.isBuffer(body)) && store.revision() === now;
      if (!cacheable) return send(body);
      const buf = typeof body === "string" ? Buffer.from(body, "utf8") : (body as Buffer);
      if (buf.length > opts.maxEntryBytes) return send(body);
      const entry: Entry = {
        body: buf,
        gzip: null,
        type: res.get("Content-Type") ?? "application/octet-stream",
        disposition: res.get("Content-Disposition"),
        etag: `"${createHash("sha1").update(buf).digest("base64url")}"`,
      };
      keep(key, entry);
      sendEntry(req, res, entry);
      return res;
    };
    next();
  };
}
