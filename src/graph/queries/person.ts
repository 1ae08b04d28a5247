// person: a person's roles over time (each title belongs to a date), delegations led, events.
import { z } from "zod";
import { sortRows } from "../memory/graph-view";
import { defineQuery, keyOf, prop, text } from "./query-def";

export const personQuery = defineQuery({
  name: "person",
  title: "What roles did a person hold, when, and which delegations did they lead?",
  file: "queries/person.cypher",
  params: z.object({ person: text("person") }),
  row: z.object({
    person: z.string(),
    personId: z.string(),
    kind: z.enum(["role", "led_delegation", "attended"]),
    label: z.string().nullable(),
    organization: z.string().nullable(),
    organizationId: z.string().nullable(),
    date: z.string().nullable(),
    event: z.string().nullable(),
    quote: z.string().nullable(),
    article: z.string().nullable(),
  }),
  prepare: (p) => ({ person: p.person, personKey: keyOf(p.person) }),
  embedded: (g, c) => {
    const rows = [];
    for (const p of g.nodesByLabel("Person")) {
      if (p.id !== c.person && p.nameKey !== c.personKey) continue;
      const base = { person: p.name, personId: p.id };
      for (const { holds: h, role: r, org: o } of g.rolesHeld(p.id)) {
        h.attrs.evidenceText.forEach((quote, i) =>
          rows.push({
            ...base,
            kind: "role",
            label: prop(r.title),
            organization: o.name,
            organizationId: o.id,
            date: prop(h.attrs.evidenceDate[i]),
            event: null,
            quote,
            article: prop(h.attrs.evidenceArticle[i]),
          }),
        );
      }
      for (const d of g.out(p.id, "LED_DELEGATION")) {
        const o = g.node(d.target);
        if (o?.label !== "Organization") continue;
        const e0 = typeof d.attrs.event === "string" ? g.node(d.attrs.event) : undefined;
        const e = e0?.label === "Event" ? e0 : undefined;
        rows.push({
          ...base,
          kind: "led_delegation",
          label: prop(e?.name),
          organization: o.name,
          organizationId: o.id,
          date: prop(e?.date),
          event: prop(d.attrs.event),
          quote: prop(d.attrs.evidenceText[0]),
          article: prop(d.attrs.evidenceArticle[0]),
        });
      }
      for (const a of g.out(p.id, "ATTENDED")) {
        const e = g.node(a.target);
        if (e?.label !== "Event") continue;
        rows.push({
          ...base,
          kind: "attended",
          label: e.name,
          organization: null,
          organizationId: null,
          date: prop(e.date),
          event: e.id,
          quote: prop(a.attrs.evidenceText[0]),
          article: prop(a.attrs.evidenceArticle[0]),
        });
      }
    }
    return sortRows(rows, ["personId", "date", "kind", "label", "organization", "event", "article", "quote"]);
  },
});
