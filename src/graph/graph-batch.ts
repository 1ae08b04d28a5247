// Turns one article's extraction into the nodes and relationships both stores write.
import { getCountry, getPlace } from "../reference/gazetteer";
import type { Entity, Extraction } from "./model";
import type { ArticleGraph, GraphNode, GraphRel, NodeLabel, PropValue } from "./graph-model";
import { searchProps } from "./search-keys";
import { variantKey } from "./identity/variant-key";

function aliasesOf(e: Entity): string[] {
  switch (e.type) {
    case "Province": {
      const id = e.id.replace(/^province:/, "");
      const p = getPlace(id);
      return [p.name, ...(p.english ? [p.english] : []), ...p.aliases];
    }
    case "Country": {
      const c = getCountry(String(e.properties.code));
      return c ? [c.name, c.english, ...c.aliases] : [];
    }
    case "Organization": {
      // the department renamed in 2025 is found under both names
      const alt = e.name.includes(" và Dân vận")
        ? e.name.replace(" và Dân vận", "")
        : e.name.replace(/^Ban Tuyên giáo (?=(Tỉnh|Thành) ủy)/u, "Ban Tuyên giáo và Dân vận ");
      return alt !== e.name ? [alt] : [];
    }
    case "Person": {
      // other spellings of the name in the same article (src/ingest/frame/spellings.ts)
      const spellings = e.properties.aliases;
      return Array.isArray(spellings) ? spellings.filter((x): x is string => typeof x === "string") : [];
    }
    default:
      return [];
  }
}

function scalarProps(e: Entity): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(e.properties)) {
    if (v === undefined) continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) out[k] = v;
  }
  return out;
}

/** Tells apart relationships of one type between two nodes: one signing per document and event, one lead per event. */
export function relKey(type: string, document: string | null, event: string | null): string {
  return type === "SIGNED_WITH" ? `${document}|${event}` : type === "LED_DELEGATION" ? String(event) : "";
}

export function articleGraph(doc: Extraction, text: string): ArticleGraph {
  const a = doc.article;
  // evidence spans of the article, for showing its text with the sentences behind each fact marked
  const spans = new Map<string, { start: number; end: number; types: Set<string> }>();
  for (const r of doc.relations) {
    for (const ev of r.evidence) {
      const k = `${ev.start}:${ev.end}`;
      const span = spans.get(k) ?? { start: ev.start, end: ev.end, types: new Set<string>() };
      span.types.add(r.type);
      spans.set(k, span);
    }
  }
  const sorted = [...spans.values()].sort((x, y) => x.start - y.start || x.end - y.end);
  const nodes: GraphNode[] = [
    {
      id: a.id,
      label: "Article",
      props: {
        id: a.id,
        label: "Article",
        ...searchProps(a.title ?? a.source, []),
        title: a.title,
        date: a.date,
        source: a.source,
        url: a.url ?? null,
        text,
        spanStart: sorted.map((x) => String(x.start)),
        spanEnd: sorted.map((x) => String(x.end)),
        spanTypes: sorted.map((x) => [...x.types].sort().join(" ")),
      },
    },
  ];
  for (const e of doc.entities) {
    const identity: Record<string, PropValue> = e.type === "Person" ? { variantKey: variantKey(e.name) } : {};
    nodes.push({
      id: e.id,
      label: e.type as NodeLabel,
      props: { ...scalarProps(e), id: e.id, label: e.type, ...searchProps(e.name, aliasesOf(e)), ...identity },
    });
  }
  const eventDate = (id: unknown) => {
    const ev = doc.entities.find((x) => x.id === id);
    return typeof ev?.properties.date === "string" ? ev.properties.date : a.date;
  };
  const rels: GraphRel[] = doc.relations.map((r) => {
    const props: Record<string, string | null> = {};
    for (const k of ["document", "period", "event", "asOf"] as const) {
      const v = r.properties[k];
      props[k] = typeof v === "string" ? v : null;
    }
    const key = relKey(r.type, props.document ?? null, props.event ?? null);
    const date = props.event ? eventDate(props.event) : (props.asOf ?? a.date);
    return {
      type: r.type,
      from: r.from,
      to: r.to,
      key,
      props,
      evidence: r.evidence.map((ev) => ({ article: a.id, text: ev.text, start: ev.start, end: ev.end, date: date ?? "" })),
    };
  });
  // a province merged into another in 2025 is linked to it (reference data), so that the two are
  // one region on the map and in the queries that follow the link
  const have = new Set(nodes.map((n) => n.id));
  for (const e of doc.entities.filter((x) => x.type === "Province")) {
    const into = e.properties.mergedInto;
    if (typeof into !== "string") continue;
    const to = `province:${into}`;
    if (!have.has(to)) {
      const p = getPlace(into);
      // the properties an extracted Province has (src/ingest/extract.ts addProvince)
      const given: Record<string, PropValue | undefined> = {
        country: p.country,
        kind: p.kind,
        english: p.english,
        validTo: p.validTo,
        mergedInto: p.mergedInto,
      };
      const props: Record<string, PropValue> = {};
      for (const [k, v] of Object.entries(given)) if (v !== undefined) props[k] = v;
      nodes.push({
        id: to,
        label: "Province",
        props: { ...props, id: to, label: "Province", ...searchProps(p.name, [p.name, ...(p.english ? [p.english] : []), ...p.aliases]) },
      });
      rels.push({
        type: "IN_COUNTRY",
        from: to,
        to: `country:${p.country}`,
        key: "",
        props: { document: null, period: null, event: null, asOf: null },
        evidence: [],
      });
      have.add(to);
    }
    rels.push({ type: "MERGED_INTO", from: e.id, to, key: "", props: { document: null, period: null, event: null, asOf: null }, evidence: [] });
  }
  for (const e of doc.entities.filter((x) => x.type === "Event")) {
    rels.push({ type: "REPORTED_IN", from: e.id, to: a.id, key: "", props: { document: null, period: null, event: null, asOf: null }, evidence: [] });
  }
  return { articleId: a.id, nodes, rels };
}
