// entity and relations: one entity's properties, and its relationships with their evidence.
import { z } from "zod";
import { relId } from "../graph-model";
import { sortRows } from "../memory/graph-view";
import { defineQuery, prop, text } from "./query-def";

const ENTITY_FIELDS = ["country", "kind", "level", "code", "title", "date", "endDate", "english", "validTo", "mergedInto"] as const;

export const entityQuery = defineQuery({
  name: "entity",
  title: "What is this entity?",
  file: "queries/entity.cypher",
  params: z.object({ id: text("id") }),
  row: z.object({
    id: z.string(),
    label: z.string(),
    name: z.string(),
    ...Object.fromEntries(ENTITY_FIELDS.map((f) => [f, z.string().nullable()])),
    aliases: z.array(z.string()).nullable(),
    /** The analysts' curations that changed this entity, and their notes. */
    curations: z.array(z.string()).nullable(),
    curationNotes: z.array(z.string()).nullable(),
  }),
  prepare: (p) => ({ id: p.id }),
  embedded: (g, c) => {
    const n = g.node(String(c.id));
    if (!n) return [];
    return [
      {
        id: n.id,
        label: n.label,
        name: n.name,
        ...Object.fromEntries(ENTITY_FIELDS.map((f) => [f, prop(n[f])])),
        aliases: prop(n.aliases),
        curations: prop(n.curations),
        curationNotes: prop(n.curationNotes),
      },
    ];
  },
});

export const relationsQuery = defineQuery({
  name: "relations",
  title: "How is this entity related to others, and what says so?",
  file: "queries/relations.cypher",
  params: z.object({ id: text("id") }),
  row: z.object({
    type: z.string(),
    direction: z.enum(["out", "in"]),
    otherId: z.string(),
    otherLabel: z.string(),
    otherName: z.string(),
    document: z.string().nullable(),
    period: z.string().nullable(),
    event: z.string().nullable(),
    quotes: z.array(z.string()),
    articles: z.array(z.string()),
    /** TYPE|from|to|key: the id `kg curate reject` and POST /api/curations take. */
    relId: z.string(),
    /** The curation that added it (its evidence is the analyst's note), or null. */
    curation: z.string().nullable(),
  }),
  prepare: (p) => ({ id: p.id }),
  embedded: (g, c) => {
    const id = String(c.id);
    if (!g.node(id)) return [];
    const rows = g.both(id).map((e) => {
      const otherId = e.source === id ? e.target : e.source;
      const o = g.node(otherId)!;
      return {
        type: e.type,
        direction: e.source === id ? "out" : "in",
        otherId,
        otherLabel: o.label,
        otherName: o.name,
        document: prop(e.attrs.document),
        period: prop(e.attrs.period),
        event: prop(e.attrs.event),
        quotes: e.attrs.evidenceText,
        articles: e.attrs.evidenceArticle,
        relId: relId({ type: e.type, from: e.source, to: e.target, key: e.attrs.key }),
        curation: prop(e.attrs.curation),
      };
    });
    return sortRows(rows, ["type", "direction", "otherName", "otherId", "event", "document"]);
  },
});

export const articleQuery = defineQuery({
  name: "article",
  title: "What does this article say, and which sentences gave facts?",
  file: "queries/article.cypher",
  params: z.object({ id: text("id") }),
  row: z.object({
    id: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    text: z.string(),
    spanStart: z.array(z.string()),
    spanEnd: z.array(z.string()),
    spanTypes: z.array(z.string()),
  }),
  prepare: (p) => ({ id: p.id }),
  embedded: (g, c) => {
    const a = g.node(String(c.id));
    if (!a || a.label !== "Article") return [];
    return [
      {
        id: a.id,
        title: prop(a.title),
        date: prop(a.date),
        source: prop(a.source),
        url: prop(a.url),
        text: String(a.text ?? ""),
        spanStart: prop(a.spanStart),
        spanEnd: prop(a.spanEnd),
        spanTypes: prop(a.spanTypes),
      },
    ];
  },
});
