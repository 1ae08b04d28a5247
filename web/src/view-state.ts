// The view's state (filters, selection, highlights) and its round trip through the URL hash, so
// that a link reproduces the view (in its language).
import { lang } from "./i18n";
export const NODE_TYPES = ["Province", "Organization", "Person", "Event", "Country", "Role", "Article"] as const;
export const REL_TYPES = [
  "SIGNED_WITH",
  "HOSTED",
  "LED_DELEGATION",
  "PARTICIPATED_IN",
  "HELD_IN",
  "BASED_IN",
  "HOLDS_ROLE",
  "ROLE_AT",
  "ATTENDED",
  "REPORTED_IN",
  "MERGED_INTO",
  "IN_COUNTRY",
] as const;
export const DEFAULT_TYPES = ["Province", "Organization", "Person", "Event", "Country"];
export const DEFAULT_RELS = REL_TYPES.filter((t) => t !== "IN_COUNTRY");

export type LayoutMode = "map" | "force";

export interface ViewState {
  /** Provinces at their coordinates over the borders, or ForceAtlas2. */
  layout: LayoutMode;
  types: string[];
  relTypes: string[];
  country: string;
  yearFrom: string;
  yearTo: string;
  /** With a year span: show the events without a year too. */
  undated: boolean;
  around: string;
  selected: string | null;
  /** Highlighted by a question's results or a path. */
  highlight: Set<string>;
  hovered: string | null;
}

/** The state of a fresh view (what "reset" returns to). */
export function defaultState(): ViewState {
  return {
    layout: "map",
    types: [...DEFAULT_TYPES],
    relTypes: [...DEFAULT_RELS],
    country: "",
    yearFrom: "",
    yearTo: "",
    undated: false,
    around: "",
    selected: null,
    highlight: new Set(),
    hovered: null,
  };
}

export function initialState(): ViewState {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    layout: p.get("layout") === "force" ? "force" : "map",
    types: p.get("types")?.split(",").filter(Boolean) ?? [...DEFAULT_TYPES],
    relTypes: p.get("rels")?.split(",").filter(Boolean) ?? [...DEFAULT_RELS],
    country: p.get("country") ?? "",
    yearFrom: p.get("from") ?? "",
    yearTo: p.get("to") ?? "",
    undated: p.get("undated") === "1",
    around: p.get("around") ?? "",
    selected: p.get("sel"),
    highlight: new Set(p.get("hl")?.split(",").filter(Boolean) ?? []),
    hovered: null,
  };
}

export function writeHash(s: ViewState): void {
  const p = new URLSearchParams();
  if (lang === "en") p.set("lang", "en");
  if (s.layout !== "map") p.set("layout", s.layout);
  if (s.types.join(",") !== DEFAULT_TYPES.join(",")) p.set("types", s.types.join(","));
  if (s.relTypes.join(",") !== DEFAULT_RELS.join(",")) p.set("rels", s.relTypes.join(","));
  if (s.country) p.set("country", s.country);
  if (s.yearFrom) p.set("from", s.yearFrom);
  if (s.yearTo) p.set("to", s.yearTo);
  if (s.undated) p.set("undated", "1");
  if (s.around) p.set("around", s.around);
  if (s.selected) p.set("sel", s.selected);
  if (s.highlight.size && s.highlight.size <= 50) p.set("hl", [...s.highlight].join(","));
  history.replaceState(null, "", `#${p.toString()}`);
}
