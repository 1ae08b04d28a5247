// The polite fetcher as the environment sets it: its cache (KG_WEB_CACHE, "none" for none), the
// delay between two requests to one host (KG_FETCH_DELAY_MS), limits (KG_FETCH_TIMEOUT_MS,
// KG_FETCH_MAX_BYTES), and whether private addresses may be fetched (KG_FETCH_ALLOW_PRIVATE).
import { join } from "node:path";
import { PROJECT_ROOT } from "../../project-root";
import { PoliteFetcher } from "./polite-fetcher";

const num = (v: string | undefined) => (v && Number.isFinite(Number(v)) ? Number(v) : undefined);

/**
 * `allowPrivateByDefault`: the command line reads what its user chooses, an intranet included;
 * the server fetches for whoever posts a URL, so it refuses private addresses unless told.
 */
export function fetcherFromEnv(env: NodeJS.ProcessEnv, allowPrivateByDefault: boolean): PoliteFetcher {
  const allow = env.KG_FETCH_ALLOW_PRIVATE;
  return new PoliteFetcher({
    cacheDir: env.KG_WEB_CACHE === "none" ? null : env.KG_WEB_CACHE || join(PROJECT_ROOT, "data", "web-cache"),
    delayMs: num(env.KG_FETCH_DELAY_MS),
    timeoutMs: num(env.KG_FETCH_TIMEOUT_MS),
    maxBytes: num(env.KG_FETCH_MAX_BYTES),
    allowPrivate: allow === undefined || allow === "" ? allowPrivateByDefault : allow === "true",
  });
}
