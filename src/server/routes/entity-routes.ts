// /api/search, /api/entities/:id, /api/articles/:id, /api/path: finding things and their evidence.
import { Router } from "express";
import { NotFoundError } from "../../graph/errors";
import { getQuery, prepareParams } from "../../graph/queries/catalogue";
import type { GraphStore, Row } from "../../graph/store";
import { singleValued } from "../request-params";

/**
 * The id an entity has now, for an id of an earlier scheme: people were "person:<name>:<country>"
 * (one node per country stated); they are "person:<name>" since one person is one node.
 */
export function currentId(id: string): string | null {
  const m = /^(person:[a-z0-9]+):[a-z]{2}$/.exec(id);
  return m ? m[1]! : null;
}

export async function resolveEntity(store: GraphStore, idOrName: string): Promise<Row> {
  const direct = await store.run("entity", prepareParams(getQuery("entity"), { id: idOrName }));
  if (direct[0]) return direct[0];
  const renamed = currentId(idOrName);
  if (renamed) {
    const [now] = await store.run("entity", prepareParams(getQuery("entity"), { id: renamed }));
    if (now) return now;
  }
  const hits = await store.run("search", prepareParams(getQuery("search"), { q: idOrName, limit: "1" }));
  if (!hits[0]) throw new NotFoundError(`find entity "${idOrName}": no entity has that id or name`);
  const byName = await store.run("entity", prepareParams(getQuery("entity"), { id: String(hits[0].id) }));
  return byName[0]!;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function entityRoutes(store: GraphStore): Router {
  const r = Router();

  r.get("/api/search", async (req, res) => {
    const raw = singleValued(req.query);
    const rows = await store.run("search", prepareParams(getQuery("search"), raw));
    res.json({ q: raw.q, results: rows });
  });

  r.get("/api/entities/:id", async (req, res) => {
    const [entity] = await store.run("entity", prepareParams(getQuery("entity"), { id: req.params.id }));
    if (!entity) {
      // a link made with an earlier id scheme still leads to the entity
      const renamed = currentId(req.params.id);
      if (renamed && (await store.run("entity", prepareParams(getQuery("entity"), { id: renamed })))[0])
        return res.redirect(308, `/api/entities/${encodeURIComponent(renamed)}`);
      throw new NotFoundError(`get entity ${req.params.id}: no such entity`);
    }
    const rels = await store.run("relations", prepareParams(getQuery("relations"), { id: req.params.id }));
    const relations: Record<string, unknown[]> = {};
    for (const rel of rels) {
      const quotes = rel.quotes as string[];
      const articles = rel.articles as string[];
      (relations[String(rel.type)] ??= []).push({
        direction: rel.direction,
        other: { id: rel.otherId, label: rel.otherLabel, name: rel.otherName },
        document: rel.document,
        period: rel.period,
        event: rel.event,
        relId: rel.relId,
        /** Added by an analyst: the curation's id; its evidence is the analyst's note. */
        curation: rel.curation,
        evidence: quotes.map((quote, i) => ({ quote, article: articles[i], link: `/api/articles/${encodeURIComponent(articles[i] ?? "")}` })),
      });
    }
    res.json({ entity, relations });
  });

  r.get("/api/articles/:id", async (req, res) => {
    const [a] = await store.run("article", prepareParams(getQuery("article"), { id: req.params.id }));
    if (!a) throw new NotFoundError(`get article ${req.params.id}: no such article`);
    const text = String(a.text);
    const starts = (a.spanStart as string[]).map(Number);
    const ends = (a.spanEnd as string[]).map(Number);
    const types = a.spanTypes as string[];
    const spans = starts.map((start, i) => ({ start, end: ends[i]!, types: (types[i] ?? "").split(" ").filter(Boolean) }));
    // marked HTML: sentences behind facts in <mark>, overlapping spans merged
    let html = "";
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      html +=
        escapeHtml(text.slice(at, s.start)) +
        `<mark data-start="${s.start}" data-types="${escapeHtml(s.types.join(" "))}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
      at = s.end;
    }
    html += escapeHtml(text.slice(at));
    res.json({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, text, spans, html });
  });

  r.get("/api/path", async (req, res) => {
    const { from, to } = singleValued(req.query);
    prepareParams(getQuery("path"), { from: from ?? "", to: to ?? "" }); // validates presence
    const a = await resolveEntity(store, from!);
    const b = await resolveEntity(store, to!);
    const steps = a.id === b.id ? [] : await store.run("path", prepareParams(getQuery("path"), { from: String(a.id), to: String(b.id) }));
    // no path between two entities that exist is an answer, not an error: an empty list, said in words
    const none = a.id !== b.id && steps.length === 0;
    res.json({ from: a, to: b, steps, ...(none ? { message: `no path from ${String(a.name)} to ${String(b.name)} within 8 steps` } : {}) });
  });

  return r;
}
