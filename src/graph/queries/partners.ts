// partners: "Which Lao provinces has Sơn La signed with, and when?"
import { z } from "zod";
import { DocumentKindSchema } from "../model";
import { sortRows } from "../memory/graph-view";
import { defineQuery, filters, inProvinces, inYears, matchesEntity, nul, prepareFilters, prop } from "./query-def";

export const partnersQuery = defineQuery({
  name: "partners",
  title: "Whom has a province or organisation signed with?",
  file: "queries/partners.cypher",
  params: z
    .object({
      ...filters("province", "organization", "country", "yearFrom", "yearTo"),
      document: DocumentKindSchema.optional(),
    })
    .refine((p) => p.province !== undefined || p.organization !== undefined, { message: "give a province or an organization", path: ["province"] }),
  row: z.object({
    organization: z.string(),
    organizationId: z.string(),
    partner: z.string(),
    partnerId: z.string(),
    partnerProvince: z.string().nullable(),
    partnerCountry: z.string().nullable(),
    document: z.string().nullable(),
    period: z.string().nullable(),
    date: z.string().nullable(),
    event: z.string().nullable(),
    quotes: z.array(z.string()),
    articles: z.array(z.string()),
  }),
  prepare: (p) => ({
    ...prepareFilters(p, "province", "organization", "country", "yearFrom", "yearTo"),
    document: nul(p.document),
  }),
  embedded: (g, c) => {
    const rows = [];
    for (const o of g.nodesByLabel("Organization")) {
      if (!inProvinces(c.provinceIds, g.basedIn(o.id)?.id)) continue;
      if (!matchesEntity(o, c.organization, c.organizationKey)) continue;
      for (const s of g.both(o.id, "SIGNED_WITH")) {
        const p = g.node(s.source === o.id ? s.target : s.source);
        if (!p || p.label !== "Organization") continue;
        if (c.country !== null && p.country !== c.country) continue;
        if (c.document !== null && s.attrs.document !== c.document) continue;
        const e = typeof s.attrs.event === "string" ? g.node(s.attrs.event) : undefined;
        const ev = e?.label === "Event" ? e : undefined;
        if (!inYears(ev?.date, c.yearFrom, c.yearTo)) continue;
        rows.push({
          organization: o.name,
          organizationId: o.id,
          partner: p.name,
          partnerId: p.id,
          partnerProvince: prop(g.basedIn(p.id)?.name),
          partnerCountry: prop(p.country),
          document: prop(s.attrs.document),
          period: prop(s.attrs.period),
          date: prop(ev?.date),
          event: prop(s.attrs.event),
          quotes: s.attrs.evidenceText,
          articles: s.attrs.evidenceArticle,
        });
      }
    }
    return sortRows(rows, ["date", "partner", "organization", "document", "event", "partnerId", "organizationId"]);
  },
});
