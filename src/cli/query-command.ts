// `kg query NAME --param k=v`: runs a named query on the chosen store.
import { InvalidArgumentsError } from "../graph/errors";
import { toCsv, toTable } from "../graph/format/rows";
import type { StoreKind } from "../graph/open-store";
import { QUERY_CATALOGUE, getQuery, prepareParams } from "../graph/queries/catalogue";
import { openFromOptions } from "./store-options";

export function parseParams(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf("=");
    if (i <= 0) throw new InvalidArgumentsError(`read --param ${p}: expected key=value, e.g. --param province="Sơn La"`);
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

export function listQueries(): string {
  return [...QUERY_CATALOGUE.values()]
    .map(
      (q) =>
        `${q.name.padEnd(14)} ${q.title}\n${" ".repeat(15)}params: ${Object.keys((q.params as unknown as { shape?: object }).shape ?? (q.params as unknown as { _def?: { schema?: { shape?: object } } })._def?.schema?.shape ?? {}).join(", ") || "none"}`,
    )
    .join("\n");
}

export async function runQuery(name: string, opts: { param: string[]; format: "table" | "json" | "csv"; store?: StoreKind }): Promise<void> {
  const q = getQuery(name);
  const params = prepareParams(q, parseParams(opts.param));
  const store = await openFromOptions(opts.store, false);
  try {
    const rows = await store.run(name, params);
    if (opts.format === "json") process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    else if (opts.format === "csv") process.stdout.write(toCsv(rows));
    else {
      // for reading: ids and article lists stay in json/csv, but for the relId a correction names
      // (last, whole); a quote list shows its first quote
      const keys = Object.keys(rows[0] ?? {});
      const cols = keys.filter((c) => !/Id$|^articles$/.test(c)).concat(keys.includes("relId") ? ["relId"] : []);
      const view = rows.map((r) => ({ ...r, ...(Array.isArray(r.quotes) ? { quotes: r.quotes[0] ?? null } : {}) }));
      process.stdout.write(toTable(view, cols, 70, ["relId"]) + "\n");
    }
  } finally {
    await store.close();
  }
}
