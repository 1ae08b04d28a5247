// Errors as RFC 9457 problem+json: named errors map to status codes; nothing else reaches the
// client but a generic 500 (the details go to the log).
import type { ErrorRequestHandler, Response } from "express";
import type { Logger } from "pino";
import {
  ConsoleBusyError,
  CypherRefusedError,
  InvalidArgumentsError,
  NotFoundError,
  NotSupportedError,
  StoreLockedError,
  StoreUnavailableError,
  StoreWriteError,
} from "../graph/errors";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  421: "Misdirected Request",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
  507: "Insufficient Storage",
};

/**
 * A message as a client may read it: absolute paths of this machine (the data directory, the
 * corpus folder) are cut to their last part ("…/graph.json"); the server's own routes
 * ("/api/…") and dates ("4/6/2019") are left alone. The full message stays in the log.
 */
export function withoutLocalPaths(detail: string): string {
  return detail.replace(/(?<![\p{L}\p{N}_.:/~-])\/(?!api\/)(?:[^\s/:;,'"()<>]+\/)+[^\s/:;,'"()<>]*/gu, (path) => {
    const parts = path.split("/").filter(Boolean);
    return `…/${parts[parts.length - 1] ?? ""}${path.endsWith("/") ? "/" : ""}`;
  });
}

export function sendProblem(res: Response, status: number, detail: string, extra: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type("application/problem+json")
    .send(JSON.stringify({ type: "about:blank", title: TITLES[status] ?? "Error", status, detail: withoutLocalPaths(detail), ...extra }));
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const e = err as { type?: string; status?: number; message?: string };
    if (err instanceof InvalidArgumentsError) return sendProblem(res, 400, err.message, { issues: err.issues });
    if (err instanceof CypherRefusedError) return sendProblem(res, 400, err.message);
    if (err instanceof NotFoundError) return sendProblem(res, 404, err.message);
    if (err instanceof StoreLockedError) return sendProblem(res, 409, err.message);
    if (err instanceof NotSupportedError) return sendProblem(res, 501, err.message);
    if (err instanceof StoreUnavailableError) return sendProblem(res, 503, err.message);
    if (err instanceof ConsoleBusyError) {
      res.set("Retry-After", "2");
      return sendProblem(res, 503, err.message);
    }
    if (err instanceof StoreWriteError) return sendProblem(res, 507, err.message);
    if (err instanceof HttpError) return sendProblem(res, err.status, err.message);
    if (e?.type === "entity.too.large")
      return sendProblem(res, 413, `read the request body: it is larger than the limit (${String((e as { limit?: number }).limit ?? "")} bytes)`);
    if (e?.type === "entity.parse.failed") return sendProblem(res, 400, "read the request body: it is not valid JSON");
    if (e?.type === "charset.unsupported" || e?.type === "encoding.unsupported")
      return sendProblem(res, 415, `read the request body: ${e.message ?? "unsupported encoding"}`);
    // a body that does not inflate (sent as gzip, but is not), or a path with broken percent-encoding
    if (e?.type === "request.aborted") return sendProblem(res, 400, "read the request body: the client stopped sending it");
    if (typeof e?.status === "number" && e.status >= 400 && e.status < 500) {
      const encoding = req.get("content-encoding");
      const what =
        encoding && encoding !== "identity" && e.type !== "entity.parse.failed"
          ? `the body is sent as ${encoding} but does not decode (${e.message})`
          : (e.message ?? "malformed request");
      return sendProblem(res, e.status, `read the request: ${what}`);
    }
    if (err instanceof URIError) return sendProblem(res, 400, `read the request path: malformed percent-encoding (${err.message})`);
    logger.error({ err, url: req.originalUrl }, "unhandled error");
    return sendProblem(res, 500, "the server failed to answer; the error is in its log");
  };
}
