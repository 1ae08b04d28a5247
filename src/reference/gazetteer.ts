// The reference gazetteer: provinces (with the 2025 merger facts) and countries, loaded from
// data/reference and indexed by folded spelling so that every variant finds its record.
import { z } from "zod";
import placesJson from "../../data/reference/places.json";
import countriesJson from "../../data/reference/countries.json";
import townsJson from "../../data/reference/towns.json";
import { foldKey } from "../text/fold";

export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  kind: z.string(),
  english: z.string().nullable(),
  aliases: z.array(z.string()),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  mergedInto: z.string().nullable(),
  /** The provincial capital (or a point inside the province near it), WGS 84. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Place = z.infer<typeof PlaceSchema>;

export const CountrySchema = z.object({
  code: z.string(),
  name: z.string(),
  english: z.string(),
  aliases: z.array(z.string()),
});
export type Country = z.infer<typeof CountrySchema>;

export const PLACES: readonly Place[] = z.array(PlaceSchema).parse(placesJson);
/** Towns and cities inside a province: a mention of one is a mention of its province (Hạ Long → Quảng Ninh). */
export const TownSchema = z.object({ name: z.string(), placeId: z.string(), aliases: z.array(z.string()) });
export const TOWNS: ReadonlyArray<z.infer<typeof TownSchema>> = z.array(TownSchema).parse(townsJson);
export const COUNTRIES: readonly Country[] = z.array(CountrySchema.passthrough()).parse(countriesJson);

const placeById = new Map(PLACES.map((p) => [p.id, p]));
const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The places merged into this one (the 2025 mergers: `mergedInto`), in id order. */
export function mergedInto(id: string): string[] {
  return PLACES.filter((p) => p.mergedInto === id)
    .map((p) => p.id)
    .sort();
}

export function placeById_(id: string): Place | undefined {
  return placeById.get(id);
}
/** A Province node's coordinates (the gazetteer's point near its capital), or nothing for other nodes. */
export function provinceCoordinates(nodeId: string, label: string): { lat: number; lon: number } | Record<string, never> {
  const place = label === "Province" ? placeById.get(nodeId.replace(/^province:/, "")) : undefined;
  return place ? { lat: place.lat, lon: place.lon } : {};
}
export function getPlace(id: string): Place {
  const p = placeById.get(id);
  if (!p) throw new Error(`gazetteer: no place with id ${id}`);
  return p;
}
export function getCountry(code: string): Country | undefined {
  return countryByCode.get(code);
}

export type GazetteerHit = { kind: "place"; place: Place } | { kind: "country"; country: Country };

/** Folded key → record. Places first (first wins, as in the scorer), then countries. */
const PREFIX = /^(tinh|thanhpho|tp)/;
export const ALIAS_INDEX: ReadonlyMap<string, GazetteerHit> = (() => {
  const m = new Map<string, GazetteerHit>();
  for (const place of PLACES) {
    for (const n of [place.name, place.english ?? "", ...place.aliases]) {
      const k = foldKey(n);
      if (k && !m.has(k)) m.set(k, { kind: "place", place });
    }
  }
  for (const town of TOWNS) {
    const place = PLACES.find((p) => p.id === town.placeId);
    if (!place) throw new Error(`gazetteer: town ${town.name} names no place ${town.placeId}`);
    for (const n of [town.name, ...town.aliases]) {
      const k = foldKey(n);
      if (k && !m.has(k)) m.set(k, { kind: "place", place });
    }
  }
  for (const country of COUNTRIES) {
    for (const n of [country.name, country.english, ...country.aliases]) {
      const k = foldKey(n);
      if (k && !m.has(k) && k.length > 2) m.set(k, { kind: "country", country });
    }
  }
  return m;
})();

const exactKey = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
/**
 * Countries whose place names Vietnamese writes one way: Vietnamese names, and the Sino-Vietnamese
 * readings of Chinese ones ("Vân Nam", "Quảng Tây"). Lao and Khmer transcriptions vary.
 */
const FIXED_SPELLING_COUNTRIES: ReadonlySet<string> = new Set(["VN", "CN"]);
/** Every spelling, with its diacritics, of every place whose name is written one way. */
const EXACT_SPELLINGS: ReadonlySet<string> = new Set([
  ...PLACES.filter((p) => FIXED_SPELLING_COUNTRIES.has(p.country)).flatMap((p) => [p.name, ...p.aliases].map((n) => `${p.id}|${exactKey(n)}`)),
  ...TOWNS.filter((t) => FIXED_SPELLING_COUNTRIES.has(placeById.get(t.placeId)?.country ?? "")).flatMap((t) =>
    [t.name, ...t.aliases].map((n) => `${t.placeId}|${exactKey(n)}`),
  ),
]);

/**
 * Whether a span of text may name this place: transcriptions of Lao and Khmer names vary by a tone
 * mark; Vietnamese and Sino-Vietnamese names do not ("Huệ" in a person's name is not Huế, "Hồ Văn
 * Nam" holds no Vân Nam); text without diacritics matches.
 */
export function spellingFits(place: Place, span: string): boolean {
  if (!FIXED_SPELLING_COUNTRIES.has(place.country) || !/[^\x00-\x7F]/u.test(span)) return true;
  const k = exactKey(span).replace(/^(tỉnh|thànhphố|tp)/u, "");
  return EXACT_SPELLINGS.has(`${place.id}|${k}`) || EXACT_SPELLINGS.has(`${place.id}|${exactKey(span)}`);
}

/** A country's code from its name in any spelling ("Lào", "Laos", "nước bạn Lào", "CHDCND Lào"), or undefined. */
export function countryCodeOf(name: string): string | undefined {
  const k = foldKey(name).replace(/^(nuocban|nuoc|ban)/, "");
  for (const c of COUNTRIES) if ([c.name, c.english, ...c.aliases].some((n) => foldKey(n) === k || foldKey(n) === foldKey(name))) return c.code;
  return undefined;
}

/** Looks a name up by folded spelling, tolerating "tỉnh"/"thành phố" prefixes. */
export function lookupPlace(name: string): Place | undefined {
  const k = foldKey(name);
  const hit = ALIAS_INDEX.get(k) ?? ALIAS_INDEX.get(k.replace(PREFIX, ""));
  return hit?.kind === "place" ? hit.place : undefined;
}

/** Every prefix of every alias key, so the matcher can stop as soon as no alias can follow. */
export const ALIAS_PREFIXES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const k of ALIAS_INDEX.keys()) for (let i = 1; i <= k.length; i++) out.add(k.slice(0, i));
  return out;
})();

/** The longest alias, in words, so the matcher knows how far to look. */
export const MAX_ALIAS_WORDS = Math.max(
  ...PLACES.flatMap((p) => [p.name, ...p.aliases].map((a) => a.split(/[^\p{L}\p{N}]+/u).length)),
  ...TOWNS.flatMap((t) => [t.name, ...t.aliases].map((a) => a.split(/[^\p{L}\p{N}]+/u).length)),
  ...COUNTRIES.flatMap((c) => c.aliases.map((a) => a.split(/[^\p{L}\p{N}]+/u).length)),
);
