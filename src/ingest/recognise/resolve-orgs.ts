// Gives every organisation mention its identity. Explicit mentions are direct; a bare mention
// ("Ban Tuyên giáo Tỉnh ủy", "Thường trực Tỉnh ủy") takes the place named in the same title chain,
// else the organisation of its kind named before it, else the article's home province.
import { getPlace } from "../../reference/gazetteer";
import { centralIdentity, provincialIdentity, type OrgIdentity } from "./org-identity";
import type { OrgMention } from "./orgs";
import type { PersonMention } from "./people";
import type { PlaceMention } from "./places";

function styleFits(m: OrgMention, placeId: string): boolean {
  const country = getPlace(placeId).country;
  return m.style === "any" || (m.style === "vn") === (country === "VN");
}

/** The Vietnamese province named most often: the article's home side. */
export function homeProvince(places: readonly PlaceMention[], orgs: readonly OrgMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p.kind === "place" && p.place.country === "VN") counts.set(p.place.id, (counts.get(p.place.id) ?? 0) + 1);
  for (const o of orgs) if (o.placeId && getPlace(o.placeId).country === "VN") counts.set(o.placeId, (counts.get(o.placeId) ?? 0) + 1);
  let best: string | null = null,
    n = 0;
  for (const [id, c] of counts) if (c > n) [best, n] = [id, c];
  return best;
}

export function resolveOrgs(
  orgs: readonly OrgMention[],
  people: readonly PersonMention[],
  places: readonly PlaceMention[],
  hints: ReadonlyMap<PersonMention, string>,
): Map<OrgMention, OrgIdentity> {
  const out = new Map<OrgMention, OrgIdentity>();
  const home = homeProvince(places, orgs);
  // 1. title chains: a bare mention takes the chain's explicit place or the delegation's place
  const chainPlace = new Map<OrgMention, string>();
  for (const person of people) {
    const explicit = person.roles.map((r) => r.org?.placeId ?? r.placeId).find((x): x is string => !!x) ?? hints.get(person) ?? null;
    if (!explicit) continue;
    for (const r of person.roles) if (r.org && !r.org.placeId && !r.org.centralCountry && styleFits(r.org, explicit)) chainPlace.set(r.org, explicit);
  }
  let lastVn: string | null = null,
    lastForeign: string | null = null;
  for (const m of orgs) {
    if (m.centralCountry) {
      out.set(m, centralIdentity(m, m.centralCountry));
      continue;
    }
    let placeId = m.placeId ?? chainPlace.get(m) ?? null;
    if (!placeId) {
      if (m.style === "foreign") placeId = lastForeign;
      else if (m.kind === "propaganda") placeId = lastVn ?? home;
      else placeId = home ?? lastVn;
    }
    if (!placeId) continue;
    if (getPlace(placeId).country === "VN") lastVn = placeId;
    else lastForeign = placeId;
    out.set(m, provincialIdentity(m, placeId));
  }
  return out;
}
