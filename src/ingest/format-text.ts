// The analyst's view of one extraction: facts with their quotes, readable at a glance.
import type { Entity, Extraction } from "../graph/model";

const VERB: Record<string, string> = {
  LED_DELEGATION: "led the delegation of",
  PARTICIPATED_IN: "took part in",
  HOSTED: "hosted",
  HELD_IN: "held in",
  SIGNED_WITH: "signed with",
  HOLDS_ROLE: "holds the role",
  ATTENDED: "attended",
};

export function formatExtractionText(doc: Extraction): string {
  const ents = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const name = (id: string) => ents.get(id)?.name ?? id;
  const lines: string[] = [];
  lines.push(`# ${doc.article.title ?? "(untitled)"}`);
  lines.push(`source: ${doc.article.source}   id: ${doc.article.id}   published: ${doc.article.date ?? "not stated"}`);
  for (const ev of doc.entities.filter((e) => e.type === "Event")) {
    lines.push(
      `event: ${ev.name} [${String(ev.properties.kind)}] date ${String(ev.properties.date ?? "?")}${ev.properties.endDate ? ` to ${String(ev.properties.endDate)}` : ""}`,
    );
  }
  const people = doc.entities.filter((e) => e.type === "Person");
  if (people.length) lines.push(`people: ${people.map((p) => `${p.name}${p.properties.country ? ` (${String(p.properties.country)})` : ""}`).join("; ")}`);
  lines.push("");
  for (const r of doc.relations) {
    if (!(r.type in VERB)) continue;
    let detail = "";
    if (r.type === "SIGNED_WITH") detail = ` [${String(r.properties.document)}${r.properties.period ? `, ${String(r.properties.period)}` : ""}]`;
    lines.push(`- ${name(r.from)} ${VERB[r.type]} ${name(r.to)}${detail}`);
    for (const ev of r.evidence.slice(0, 1)) lines.push(`    “${ev.text.length > 240 ? ev.text.slice(0, 237) + "…" : ev.text}” [${ev.start}-${ev.end}]`);
  }
  return lines.join("\n");
}
