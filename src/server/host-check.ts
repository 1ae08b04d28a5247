// The Host allow-list, checked before anything else: a page on another site that points its own
// name at 127.0.0.1 (DNS rebinding) reaches the server with its own name in Host, and is refused.
// KG_ALLOWED_HOSTS lists the names the server answers to (comma-separated; "*" for any); by default
// the loopback names and the HOST it listens on.
import type { RequestHandler } from "express";
import type { ServerConfig } from "./config";
import { sendProblem } from "./problem";

const LOOPBACK = ["localhost", "127.0.0.1", "::1"];

/** The host name of a Host header, without its port or IPv6 brackets, lower-cased. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") >= 0 ? h.indexOf("]") : undefined);
  const colon = h.lastIndexOf(":");
  return colon >= 0 && h.indexOf(":") === colon ? h.slice(0, colon) : h;
}

export function allowedHosts(config: Pick<ServerConfig, "HOST" | "KG_ALLOWED_HOSTS">): Set<string> | null {
  const listed = config.KG_ALLOWED_HOSTS.split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (listed.includes("*")) return null;
  const own = ["0.0.0.0", "::", ""].includes(config.HOST) ? [] : [hostName(config.HOST)];
  return new Set([...LOOPBACK, ...own, ...listed.map(hostName)]);
}

export function hostCheck(config: Pick<ServerConfig, "HOST" | "KG_ALLOWED_HOSTS">): RequestHandler {
  const allowed = allowedHosts(config);
  return (req, res, next) => {
    if (!allowed) return next();
    const host = req.headers.host;
    if (host && allowed.has(hostName(host))) return next();
    sendProblem(
      res,
      421,
      `this server does not answer to the host name "${host ?? ""}"; it answers to ${[...allowed].join(", ")} (add names to KG_ALLOWED_HOSTS, comma-separated, or "*" for any)`,
    );
  };
}
