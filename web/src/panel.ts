// The side panel: a node's properties, roles over time, relations with their quotes and links to
// the article with the sentence highlighted; an edge's facts and evidence.
import { api, type EntityPayload } from "./api";
import { $, el, table } from "./dom";
import { dateLabel, documentLabel, propName, propValue, relLabel, t, withReadableDates } from "./i18n";
import type { ViewGraph } from "./graph-data";
import { curatedMark, entityControls, wrongButton, type CurateHooks } from "./curate";

export interface PanelActions extends CurateHooks {
  expand(id: string): void;
  pickForPath(id: string): void;
  select(id: string): void;
}

const PROP_NAMES = ["label", "country", "kind", "level", "date", "endDate", "title", "english", "validTo", "mergedInto", "code"];

function evidenceList(items: Array<{ quote: string; link: string }>): HTMLElement {
  const box = el("div");
  for (const ev of items.slice(0, 5)) {
    const a = el("a", { href: "#", class: "article-link" }, t("readInArticle"));
    a.addEventListener("click", (e) => {
      e.preventDefault();
      void openArticle(ev.link, ev.quote);
    });
    box.append(el("blockquote", {}, `“${ev.quote}”`, el("br"), a));
  }
  return box;
}

export async function openArticle(link: string, quote?: string): Promise<void> {
  const dialog = $("article-dialog") as HTMLDialogElement;
  const body = $("article-body");
  const a = await api.article(link);
  body.replaceChildren(el("h2", {}, a.title ?? a.id), el("p", {}, dateLabel(a.date)));
  const text = el("div", { class: "article-text" });
  text.innerHTML = a.html.replace(/\n/g, "<br>"); // escaped by the server
  body.append(text);
  dialog.showModal();
  if (quote) {
    const marks = [...text.querySelectorAll("mark")];
    const hit = marks.find((m) => m.textContent === quote) ?? marks.find((m) => quote.startsWith(m.textContent ?? "\u0000"));
    hit?.classList.add("focus");
    hit?.scrollIntoView({ block: "center" });
  }
}

export async function showNode(id: string, actions: PanelActions): Promise<void> {
  const panel = $("panel");
  const body = $("panel-body");
  panel.hidden = false;
  body.replaceChildren(el("p", {}, "…"));
  const data: EntityPayload = await api.entity(id);
  const e = data.entity;
  const props = el("dl", { class: "props" });
  for (const k of PROP_NAMES) if (e[k] !== null && e[k] !== undefined) props.append(el("dt", {}, propName(k)), el("dd", {}, propValue(k, String(e[k]))));
  const expand = el("button", { type: "button", id: "expand" }, t("expand"));
  expand.addEventListener("click", () => actions.expand(id));
  const path = el("button", { type: "button", id: "path-pick" }, t("pathHere"));
  path.addEventListener("click", () => actions.pickForPath(id));
  body.replaceChildren(el("h2", {}, withReadableDates(e.name)), props, el("p", {}, expand, " ", path));
  const notes = Array.isArray(e.curations) ? (Array.isArray(e.curationNotes) ? (e.curationNotes as string[]) : []) : null;
  if (notes) body.append(curatedMark(notes));
  if (e.label !== "Article") body.append(entityControls({ id, name: e.name, label: e.label }, body, actions));
  if (e.label === "Province" || e.label === "Organization") {
    const rows = await api.run("partners", e.label === "Province" ? { province: id } : { organization: id });
    if (rows.length) {
      const box = el("section", { id: "partners" }, el("h3", {}, `${t("signedWith")} (${rows.length})`));
      for (const r of rows) {
        const quotes = (r.quotes as string[]) ?? [];
        const articles = (r.articles as string[]) ?? [];
        box.append(
          el(
            "div",
            { class: "partner" },
            el("strong", {}, String(r.partnerProvince ?? r.partner)),
            ` — ${String(r.partner)} · ${r.document ? documentLabel(String(r.document)) : ""}${r.period ? ` ${String(r.period)}` : ""} · ${r.date ? dateLabel(String(r.date)) : t("dateUnknown")}`,
          ),
          evidenceList(quotes.map((quote, i) => ({ quote, link: `/api/articles/${encodeURIComponent(articles[i] ?? "")}` }))),
        );
      }
      body.append(box);
    }
  }
  if (e.label === "Person") {
    const rows = await api.run("person", { person: id });
    const roles = rows.filter((r) => r.kind === "role");
    if (roles.length) body.append(el("h3", {}, t("rolesOverTime")), table(roles, ["date", "label", "organization"]));
  }
  for (const [type, rels] of Object.entries(data.relations).sort()) {
    body.append(el("h3", {}, `${relLabel(type)} (${rels.length})`));
    for (const r of rels.slice(0, 30)) {
      const other = el("a", { href: "#", "data-id": r.other.id }, r.other.name);
      other.addEventListener("click", (ev) => {
        ev.preventDefault();
        actions.select(r.other.id);
      });
      const extra = [r.document ? documentLabel(r.document) : null, r.period].filter(Boolean).join(", ");
      const row = el("div", { class: "rel" }, r.direction === "out" ? "→ " : "← ", other, extra ? ` (${extra})` : "");
      if (r.curation) row.append(" ", el("span", { class: "curated-mark" }, t("addedByAnalyst")));
      if (r.relId) row.append(" ", wrongButton(r.relId, `${e.name} — ${relLabel(type)} — ${r.other.name}`, body, actions, id));
      body.append(row, evidenceList(r.evidence));
    }
  }
}

export async function showEdge(graph: ViewGraph, edge: string, actions: PanelActions): Promise<void> {
  const [s, target] = graph.extremities(edge);
  const attrs = graph.getEdgeAttributes(edge);
  const panel = $("panel");
  const body = $("panel-body");
  panel.hidden = false;
  const data = await api.entity(s);
  const rels = (data.relations[attrs.relType] ?? []).filter((r) => r.other.id === target);
  const head = el("h2", {}, `${graph.getNodeAttribute(s, "label")} — ${relLabel(attrs.relType)} — ${graph.getNodeAttribute(target, "label")}`);
  body.replaceChildren(head);
  for (const r of rels) {
    const line = el("p", {}, [r.document ? documentLabel(r.document) : null, r.period, r.event].filter(Boolean).join(" · "));
    if (r.curation) line.append(" ", el("span", { class: "curated-mark" }, t("addedByAnalyst")));
    if (r.relId) line.append(" ", wrongButton(r.relId, head.textContent ?? "", body, actions, s));
    body.append(line, evidenceList(r.evidence));
  }
  const open = el("button", { type: "button" }, t("openSource"));
  open.addEventListener("click", () => actions.select(s));
  body.append(open);
}
