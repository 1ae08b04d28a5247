// delegations: "Who led Điện Biên's delegations, and what was their title at the time?"
import { z } from "zod";
import { sortRows } from "../memory/graph-view";
import { countryCode, defineQuery, filters, inProvinces, inYears, keyOf, matchesEntity, nul, prepareFilters, prop, text } from "./query-def";

export const delegationsQuery = defineQuery({
  name: "delegations",
  title: "Who led which delegation, with the titles held at the time?",
  file: "queries/delegations.cypher",
  params: z.object({
    ...filters("province", "organization", "country", "yearFrom", "yearTo"),
    person: text("person").optional(),
    /** The country the delegations went to (where held, or a host's country). */
    destination: countryCode.optional(),
  }),
  row: z.object({
    leader: z.string(),
    leaderId: z.string(),
    roles: z.array(z.string()),
    organization: z.string(),
    organizationId: z.string(),
    province: z.string().nullable(),
    event: z.string().nullable(),
    eventId: z.string().nullable(),
    date: z.string().nullable(),
    hosts: z.array(z.string()),
    heldIn: z.string().nullable(),
    quotes: z.array(z.string()),
    articles: z.array(z.string()),
  }),
  prepare: (p) => ({
    ...prepareFilters(p, "province", "organization", "country", "yearFrom", "yearTo"),
    person: nul(p.person),
    personKey: keyOf(p.person),
    destination: nul(p.destination),
  }),
  embedded: (g, c) => {
    const rows = [];
    for (const l of g.delegationLeaders(c.provinceIds as string[] | null)) {
      if (!matchesEntity(l, c.person, c.personKey)) continue;
      for (const d of g.out(l.id, "LED_DELEGATION")) {
        const o = g.node(d.target);
        if (!o || o.label !== "Organization") continue;
        if (!inProvinces(c.provinceIds, g.basedIn(o.id)?.id)) continue;
        if (!matchesEntity(o, c.organization, c.organizationKey)) continue;
        if (c.country !== null && o.country !== c.country) continue;
        const e = g.eventOf(d.attrs.event);
        if (!inYears(e?.date, c.yearFrom, c.yearTo)) continue;
        if (c.destination !== null && !(e && (g.heldIn(e.id)?.country === c.destination || g.in(e.id, "HOSTED").some((h) => g.node(h.source)?.country === c.destination))))
          continue;
        const roles = g.rolesAtTime(l.id, d.attrs.evidenceArticle);
        const heldIn = g.heldIn(e?.id);
        rows.push({
          leader: l.name,
          leaderId: l.id,
          roles,
          organization: o.name,
          organizationId: o.id,
          province: prop(g.basedIn(o.id)?.name),
          event: prop(e?.name),
          eventId: prop(d.attrs.event),
          date: prop(e?.date),
          hosts: g.hostNames(e?.id),
          heldIn: prop(heldIn?.name),
          quotes: d.attrs.evidenceText,
          articles: d.attrs.evidenceArticle,
        });
      }
    }
    return sortRows(rows, ["date", "leader", "organization", "eventId", "leaderId"]);
  },
});
