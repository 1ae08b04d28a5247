// timeline: events by date for a province, an organisation, a country or everything.
import { z } from "zod";
import { EventKindSchema } from "../model";
import { cmp, sortRows, type GraphView, type NodeAttrs } from "../memory/graph-view";
import { defineQuery, filters, flag, inProvinces, inYears, matchesEntity, nul, prepareFilters, prop } from "./query-def";

/**
 * Only events that touch the province, organisation or country asked for can match: those the
 * province's (or the matching) organisations took part in or hosted, those the province hosted or
 * held, those an organisation of the country took part in.
 * Each is then checked in full by the caller. Without indexes (tests), every event.
 */
function candidateEvents(g: GraphView, provinceIds: string[] | null, organization: unknown, organizationKey: unknown, country: unknown): NodeAttrs[] {
  if ((provinceIds === null && organization === null && country === null) || !g.indexes) return g.nodesByLabel("Event");
  if (provinceIds !== null) {
    const events = new Map<string, NodeAttrs>();
    for (const provinceId of provinceIds) {
      if (!g.node(provinceId)) continue;
      for (const e of g.eventsOf(g.orgsIn(provinceId))) events.set(e.id, e);
      g.g.forEachInEdge(provinceId, (_k, a, s) => {
        if (a.type === "HELD_IN" && g.node(s)?.label === "Event") events.set(s, g.node(s)!);
      });
      g.g.forEachOutEdge(provinceId, (_k, a, _s, t) => {
        if (a.type === "HOSTED" && g.node(t)?.label === "Event") events.set(t, g.node(t)!);
      });
    }
    return [...events.values()];
  }
  const orgs = g.nodesByLabel("Organization");
  if (organization !== null) return g.eventsOf(orgs.filter((o) => matchesEntity(o, organization, organizationKey)).map((o) => o.id));
  // a participant of the country (hosting alone does not count)
  return g.eventsOf(
    orgs.filter((o) => o.country === country).map((o) => o.id),
    ["PARTICIPATED_IN"],
  );
}

export const timelineQuery = defineQuery({
  name: "timeline",
  title: "What happened, when, and who took part?",
  file: "queries/timeline.cypher",
  params: z.object({
    ...filters("province", "organization", "country", "yearFrom", "yearTo"),
    kind: EventKindSchema.optional(),
    /** Only the events the province (or its organisations) hosted: the delegations it received. */
    hosted: flag,
  }),
  row: z.object({
    date: z.string().nullable(),
    endDate: z.string().nullable(),
    kind: z.string().nullable(),
    event: z.string(),
    eventId: z.string(),
    participants: z.array(z.string()),
    hosts: z.array(z.string()),
    heldIn: z.string().nullable(),
    article: z.string().nullable(),
    articleTitle: z.string().nullable(),
  }),
  prepare: (p) => ({
    ...prepareFilters(p, "province", "organization", "country", "yearFrom", "yearTo"),
    kind: nul(p.kind),
    hosted: p.hosted,
  }),
  embedded: (g, c) => {
    const rows = [];
    for (const e of candidateEvents(g, c.provinceIds as string[] | null, c.organization, c.organizationKey, c.country)) {
      if (c.kind !== null && e.kind !== c.kind) continue;
      if (!inYears(e.date, c.yearFrom, c.yearTo)) continue;
      const parts = g
        .in(e.id, "PARTICIPATED_IN")
        .map((x) => g.node(x.source))
        .filter((x) => x?.label === "Organization");
      const hostNodes = g.in(e.id, "HOSTED").map((x) => g.node(x.source));
      const heldIn = g
        .out(e.id, "HELD_IN")
        .map((x) => g.node(x.target))
        .filter((x) => x?.label === "Province");
      if (c.provinceIds !== null) {
        const viaOrg = [...parts, ...hostNodes.filter((x) => x?.label === "Organization")].some((o) => o && inProvinces(c.provinceIds, g.basedIn(o.id)?.id));
        const viaHost = hostNodes.some((h) => h?.label === "Province" && inProvinces(c.provinceIds, h.id));
        const viaPlace = heldIn.some((p) => p && inProvinces(c.provinceIds, p.id));
        if (!viaOrg && !viaHost && !viaPlace) continue;
      }
      if (c.hosted === true && !g.hostedBy(e.id, (id) => inProvinces(c.provinceIds, id))) continue;
      if (c.organization !== null && ![...parts, ...hostNodes].some((o) => o?.label === "Organization" && matchesEntity(o, c.organization, c.organizationKey)))
        continue;
      if (c.country !== null && !parts.some((o) => o?.country === c.country)) continue;
      const articles = g
        .out(e.id, "REPORTED_IN")
        .map((x) => g.node(x.target))
        .filter((x) => x?.label === "Article");
      const base = {
        date: prop(e.date),
        endDate: prop(e.endDate),
        kind: prop(e.kind),
        event: e.name,
        eventId: e.id,
        participants: parts.map((o) => o!.name).sort(cmp),
        hosts: g.hostNames(e.id),
        heldIn: prop(heldIn[0]?.name),
      };
      if (articles.length === 0) rows.push({ ...base, article: null, articleTitle: null });
      for (const a of articles) rows.push({ ...base, article: a!.id, articleTitle: prop(a!.title) });
    }
    return sortRows(rows, ["date", "eventId", "article"]);
  },
});
