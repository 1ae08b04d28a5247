// National borders for the explorer's map layout, from Natural Earth (public domain) as packaged
// by world-atlas (1:50m, TopoJSON): the countries of the gazetteer and their neighbours, as
// GeoJSON. Read from the package on the machine: no tiles, nothing from the network.
import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** ISO 3166 numeric codes (world-atlas ids) of the countries drawn, by alpha-2 code. */
export const DRAWN_COUNTRIES: Readonly<Record<string, string>> = { VN: "704", LA: "418", KH: "116", CN: "156", TH: "764", MM: "104" };

export type CountryShape = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

let cached: CountryShape[] | null = null;

export function countryShapes(): CountryShape[] {
  if (cached) return cached;
  const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const byNumeric = new Map(Object.entries(DRAWN_COUNTRIES).map(([code, n]) => [n, code]));
  cached = all.features
    .filter((f) => byNumeric.has(String(f.id)))
    .map((f) => ({ ...f, properties: { code: byNumeric.get(String(f.id))!, name: f.properties.name } }));
  return cached;
}

/** Whether a point (lon, lat) lies inside a country's shape (ray casting over its rings). */
export function insideShape(shape: CountryShape, lon: number, lat: number): boolean {
  const polygons = shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  return polygons.some((rings) => {
    let inside = false;
    rings.forEach((ring, k) => {
      let inRing = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) inRing = !inRing;
      }
      if (k === 0) inside = inRing;
      else if (inRing) inside = false; // a hole
    });
    return inside;
  });
}
