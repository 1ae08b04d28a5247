// holders: "Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An là ai?": who held a title at an organisation,
// the holder the latest article names first, then the earlier ones with their dates.
import { z } from "zod";
import { foldKey } from "../../text/fold";
import { defineQuery, filters, inProvinces, matchesEntity, nul, prepareFilters, prop, text } from "./query-def";

/** The kinds of organisation the extractor gives. */
export const ORG_KINDS = ["propaganda", "party", "people_committee", "council", "leadership", "front", "bcd35", "body", "ttdn"] as const;

/** As Cypher orders them: coalesce(latest, '') DESC, personId, organizationId. */
function latestFirst(a: Record<string, unknown>, b: Record<string, unknown>): number {
  for (const [k, desc] of [
    ["latest", true],
    ["personId", false],
    ["organizationId", false],
  ] as const) {
    const x = String(a[k] ?? ""),
      y = String(b[k] ?? "");
    if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
  }
  return 0;
}

export const holdersQuery = defineQuery({
  name: "holders",
  title: "Who held a title at an organisation, the latest holder first?",
  file: "queries/holders.cypher",
  params: z.object({
    title: text("title"),
    kind: z.enum(ORG_KINDS).optional(),
    ...filters("province", "organization", "country"),
  }),
  row: z.object({
    person: z.string(),
    personId: z.string(),
    title: z.string().nullable(),
    organization: z.string(),
    organizationId: z.string(),
    province: z.string().nullable(),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    articles: z.number(),
    quote: z.string().nullable(),
    article: z.string().nullable(),
  }),
  prepare: (p) => ({
    rolePrefix: `role:${foldKey(p.title)}@`,
    kind: nul(p.kind),
    ...prepareFilters(p, "province", "organization", "country"),
  }),
  embedded: (g, c) => {
    const rows = [];
    for (const p of g.nodesByLabel("Person")) {
      for (const { holds: h, role: r, org: o } of g.rolesHeld(p.id)) {
        if (!r.id.startsWith(String(c.rolePrefix))) continue;
        if (c.kind !== null && o.kind !== c.kind) continue;
        if (!inProvinces(c.provinceIds, g.basedIn(o.id)?.id)) continue;
        if (!matchesEntity(o, c.organization, c.organizationKey)) continue;
        if (c.country !== null && o.country !== c.country) continue;
        const dated = h.attrs.evidenceDate.filter((d) => typeof d === "string" && /^[0-9]{4}/.test(d)).sort();
        rows.push({
          person: p.name,
          personId: p.id,
          title: prop(r.title),
          organization: o.name,
          organizationId: o.id,
          province: prop(g.basedIn(o.id)?.name),
          earliest: dated[0] ?? null,
          latest: dated[dated.length - 1] ?? null,
          articles: h.attrs.evidenceArticle.length,
          quote: prop(h.attrs.evidenceText[0]),
          article: prop(h.attrs.evidenceArticle[0]),
        });
      }
    }
    return rows.sort(latestFirst);
  },
});
