// cooperation: "Sơn La hợp tác với những tỉnh nào?" — every province a province works with, by
// signing, receiving, visiting or meeting, the relation named per row.
import { z } from "zod";
import { sortRows, type GraphView, type NodeAttrs } from "../memory/graph-view";
import { defineQuery, filters, inYears, prepareFilters, prop, text } from "./query-def";

export const RELATIONS = ["signed", "hosted", "visited", "met"] as const;

/** The provinces an event's side stands for: a province that hosted, the province of an organisation. */
function sidesOf(g: GraphView, eventId: string): NodeAttrs[] {
  const out = new Map<string, NodeAttrs>();
  for (const x of [...g.in(eventId, "PARTICIPATED_IN"), ...g.in(eventId, "HOSTED")]) {
    const n = g.node(x.source);
    const side = n?.label === "Province" ? n : g.basedIn(x.source);
    if (side) out.set(side.id, side);
  }
  return [...out.values()];
}

export const cooperationQuery = defineQuery({
  name: "cooperation",
  title: "Which provinces does a province work with, and how?",
  file: "queries/cooperation.cypher",
  params: z.object({ province: text("province"), ...filters("country", "yearFrom", "yearTo") }),
  row: z.object({
    partnerProvince: z.string(),
    partnerProvinceId: z.string(),
    partnerCountry: z.string().nullable(),
    relation: z.enum(RELATIONS),
    document: z.string().nullable(),
    date: z.string().nullable(),
    event: z.string().nullable(),
    eventId: z.string().nullable(),
  }),
  prepare: (p) => prepareFilters(p, "province", "country", "yearFrom", "yearTo"),
  embedded: (g, c) => {
    const ours = new Set(c.provinceIds as string[]);
    const rows = new Map<string, Record<string, unknown>>();
    const add = (q: NodeAttrs, relation: string, document: unknown, e: NodeAttrs | undefined) => {
      if (c.country !== null && q.country !== c.country) return;
      if (!inYears(e?.date, c.yearFrom, c.yearTo)) return;
      const row = {
        partnerProvince: q.name,
        partnerProvinceId: q.id,
        partnerCountry: prop(q.country),
        relation,
        document: prop(document),
        date: prop(e?.date),
        event: prop(e?.name),
        eventId: prop(e?.id),
      };
      rows.set(JSON.stringify(Object.values(row)), row);
    };
    for (const pid of ours) {
      if (!g.node(pid)) continue;
      for (const orgId of g.orgsIn(pid))
        for (const s of g.both(orgId, "SIGNED_WITH")) {
          const other = s.source === orgId ? s.target : s.source;
          const q = g.basedIn(other);
          if (!q || ours.has(q.id)) continue;
          add(q, "signed", s.attrs.document, g.node(String(s.attrs.event ?? "")));
        }
    }
    for (const e of g.nodesByLabel("Event")) {
      const sides = sidesOf(g, e.id);
      if (!sides.some((s) => ours.has(s.id))) continue;
      const weHosted = g.hostedBy(e.id, (id) => ours.has(id));
      for (const q of sides) {
        if (ours.has(q.id)) continue;
        add(q, weHosted ? "hosted" : g.hostedBy(e.id, (id) => id === q.id) ? "visited" : "met", null, e);
      }
    }
    return sortRows([...rows.values()], ["partnerProvince", "partnerProvinceId", "date", "relation", "document", "eventId"]);
  },
});
