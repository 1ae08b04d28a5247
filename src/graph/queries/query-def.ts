// A named query: its Cypher file (the definition of the answer), zod schemas for parameters and
// rows, the preparation of parameters shared by both stores, and the embedded implementation.
import { z } from "zod";
import { NotFoundError } from "../errors";
import { countryCodeOf, lookupPlace, mergedInto, placeById_ } from "../../reference/gazetteer";
import { foldKey } from "../../text/fold";
import type { GraphView } from "../memory/graph-view";
import type { Row } from "../store";

export interface QueryDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  name: string;
  /** The analyst's question this answers. */
  title: string;
  /** Relative to cypher/: queries/NAME.cypher. */
  file: string;
  params: P;
  row: R;
  /** Turns validated parameters into the Cypher parameters (every key present, null when unset). */
  prepare(p: z.infer<P>): Record<string, unknown>;
  embedded(g: GraphView, cypherParams: Record<string, unknown>): Row[];
  /** A report whose rows read otherwise as a document (CSV, Markdown, HTML; JSON keeps the rows): its columns and rows then. */
  document?(rows: readonly Row[]): { columns: string[]; rows: Row[] };
}

export function defineQuery<P extends z.ZodType, R extends z.ZodType>(q: QueryDef<P, R>): QueryDef<P, R> {
  return q;
}

/** A non-empty trimmed string parameter. */
export const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(300, `${what} is too long (300 characters at most)`);
/** A yes/no parameter as HTTP and the CLI give it ("true", "1"). */
export const flag = z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()).default(false);
export const year = z.coerce.number().int("expected a whole year").min(1900).max(2100);
/** A country as analysts write it: its code ("LA"), its name in Vietnamese or English, with or without diacritics ("Lào", "Laos", "nước bạn Lào"). */
export const countryCode = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase();
    const code = countryCodeOf(s);
    if (code) return code;
    ctx.addIssue({
      code: "custom",
      message: `expected a country: an ISO 3166 alpha-2 code such as VN, LA, KH, CN, or a name such as Lào, Laos, Campuchia (got "${s}")`,
    });
    return z.NEVER;
  });

/**
 * The filters the queries and reports share, one definition each: a province (with those merged
 * into it), an organisation, a country, a span of years. A query takes the ones it needs
 * (`...filters("province", "country")` in its zod parameters, `...prepareFilters(p, "province",
 * "country")` in prepare), and its Cypher always writes them the same way:
 *   province      ($provinceIds IS NULL OR <province>.id IN $provinceIds)
 *   organisation  ($organization IS NULL OR o.id = $organization OR o.nameKey = $organizationKey)
 *   country       ($country IS NULL OR <node>.country = $country)
 *   years         ($yearFrom IS NULL OR (year IS NOT NULL AND year >= $yearFrom)), the same for
 *                 $yearTo, with year = toInteger(substring(date, 0, 4)) when the date has one.
 */
const FILTER_SHAPES = {
  province: text("province").optional(),
  organization: text("organization").optional(),
  country: countryCode.optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
};
export type FilterName = keyof typeof FILTER_SHAPES;

export function filters<K extends FilterName>(...names: K[]): Pick<typeof FILTER_SHAPES, K> {
  return Object.fromEntries(names.map((n) => [n, FILTER_SHAPES[n]])) as Pick<typeof FILTER_SHAPES, K>;
}

/** The Cypher parameters of the chosen filters (every key present, null when unset). */
export function prepareFilters(
  p: { province?: string; organization?: string; country?: string; yearFrom?: number; yearTo?: number },
  ...names: FilterName[]
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) {
    if (n === "province") out.provinceIds = provinceIdsOf(p.province);
    else if (n === "organization") {
      out.organization = nul(p.organization);
      out.organizationKey = keyOf(p.organization);
    } else out[n] = nul(p[n]);
  }
  return out;
}

/**
 * The province filter every query and report shares: a province named in any spelling (or by its
 * id) stands for itself and the provinces merged into it in 2025, so that "Tuyên Quang" also finds
 * what Hà Giang's organisations did before the merger. Prepared as `provinceIds` (null: every
 * province); the Cypher side is always `($provinceIds IS NULL OR <province>.id IN $provinceIds)`,
 * and the embedded side `inProvinces(c.provinceIds, id)`.
 */
export function provinceIdsOf(name: string | undefined): string[] | null {
  const id = provinceIdOf(name);
  if (id === null) return null;
  const own = id.slice("province:".length);
  return [id, ...mergedInto(own).map((p) => `province:${p}`)];
}

export function inProvinces(ids: unknown, id: string | null | undefined): boolean {
  return ids === null || ids === undefined || (!!id && (ids as readonly string[]).includes(id));
}

export function provinceIdOf(name: string | undefined): string | null {
  if (name === undefined) return null;
  // an id as the API gives it ("province:la-houaphanh") names its province too
  const p = name.startsWith("province:") ? placeById_(name.slice("province:".length)) : lookupPlace(name);
  if (!p) throw new NotFoundError(`find province "${name}": no province of Viet Nam, Laos, Cambodia or China has that name or spelling`);
  return `province:${p.id}`;
}

export const keyOf = (s: string | undefined) => (s === undefined ? null : foldKey(s));
export const nul = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
/** A graph attribute as Cypher returns it: a missing property is null. */
export const prop = (x: unknown): unknown => (x === undefined ? null : x);

export function yearOf(date: unknown): number | null {
  return typeof date === "string" && /^[0-9]{4}/.test(date) ? Number(date.slice(0, 4)) : null;
}

export function inYears(date: unknown, from: unknown, to: unknown): boolean {
  const y = yearOf(date);
  if (from !== null && (y === null || y < (from as number))) return false;
  if (to !== null && (y === null || y > (to as number))) return false;
  return true;
}

export function matchesEntity(node: { id: string; nameKey?: unknown } | undefined, id: unknown, key: unknown): boolean {
  if (id === null) return true;
  return !!node && (node.id === id || node.nameKey === key);
}
