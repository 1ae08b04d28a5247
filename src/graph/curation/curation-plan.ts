// Applies the analysts' curations to an article's extracted graph, before either store writes it:
// the same function for both stores and for every ingest (a new article, a rebuild from the
// stored articles), so curated answers are the same everywhere and survive every re-ingest.
import { searchProps } from "../search-keys";
import { relId, type ArticleGraph, type GraphNode, type GraphRel, type PropValue } from "../graph-model";
import type { Curation } from "./curation-model";

type Of<K extends Curation["op"]> = Extract<Curation, { op: K }>;

/** The curations in force: every one a later undo does not name, in the order they were made. */
export function activeCurations(all: readonly Curation[]): Curation[] {
  const undone = new Set(all.filter((c): c is Of<"undo"> => c.op === "undo").map((c) => c.target));
  return all.filter((c) => c.op !== "undo" && !undone.has(c.id));
}

/** The article id under which an added relationship's note is kept (its evidence). */
export const noteArticleId = (c: { id: string }) => `note:${c.id}`;

export class CurationPlan {
  private readonly mergedInto = new Map<string, string>();
  private readonly splits: Array<Of<"split">> = [];
  /** final id → the name it is shown under (merge keeps KEEP's name; rename and split set one). */
  private readonly names = new Map<string, string>();
  private readonly aliases = new Map<string, string[]>();
  private readonly sets = new Map<string, Array<Of<"set">>>();
  private readonly touching = new Map<string, Curation[]>();
  private readonly rejected = new Set<string>();
  readonly additions: Array<Of<"add">> = [];
  readonly size: number;

  /** Curations that cannot take effect (a hand-edited self-merge, a cycle), with why: listed as stale. */
  readonly ignored = new Map<string, string>();

  constructor(readonly active: readonly Curation[]) {
    this.size = active.length;
    const touch = (id: string, c: Curation) => this.touching.set(id, [...(this.touching.get(id) ?? []), c]);
    const alias = (id: string, names: readonly string[]) => this.aliases.set(id, [...(this.aliases.get(id) ?? []), ...names]);
    for (const c of active) {
      switch (c.op) {
        case "merge": {
          if (c.keep === c.other) {
            this.ignored.set(c.id, `merges ${c.keep} with itself`);
            break;
          }
          if (this.resolveMerged(c.keep) === c.other) {
            this.ignored.set(c.id, `would merge ${c.other} into ${c.keep}, which is already merged into ${c.other} (a cycle)`);
            break;
          }
          this.mergedInto.set(c.other, c.keep);
          if (!this.names.has(c.keep)) this.names.set(c.keep, c.keepName);
          alias(c.keep, c.otherNames);
          touch(c.keep, c);
          break;
        }
        case "split":
          this.splits.push(c);
          this.names.set(c.newId, c.name);
          touch(c.newId, c);
          touch(c.node, c);
          break;
        case "rename":
          this.names.set(c.node, c.name);
          alias(c.node, [c.previous]);
          touch(c.node, c);
          break;
        case "set":
          this.sets.set(c.node, [...(this.sets.get(c.node) ?? []), c]);
          touch(c.node, c);
          break;
        case "reject":
          this.rejected.add(c.rel);
          break;
        case "add":
          this.additions.push(c);
          break;
        case "undo":
          break;
      }
    }
    // names and aliases given to a merged-away id belong to the node it was merged into
    for (const [id, list] of [...this.aliases]) {
      const to = this.resolveMerged(id);
      if (to !== id) alias(to, list);
    }
  }

  private resolveMerged(id: string): string {
    let at = id;
    for (let guard = 0; guard < 64; guard++) {
      const next = this.mergedInto.get(at);
      if (!next) return at;
      at = next;
    }
    return at;
  }

  /** The id a node of this article has once split and merge curations are applied. */
  resolve(id: string, articleId: string | null): string {
    let at = id;
    if (articleId) for (const s of this.splits) if (s.node === at && s.articles.includes(articleId)) at = s.newId;
    return this.resolveMerged(at);
  }

  isRejected(r: { type: string; from: string; to: string; key: string }): boolean {
    return this.rejected.has(relId(r));
  }

  /** The curations that changed this node: its mark and notes wherever it is shown. */
  curationsOf(id: string): Curation[] {
    return this.touching.get(id) ?? [];
  }

  private curateNode(n: GraphNode, articleId: string): GraphNode {
    const id = this.resolve(n.id, articleId);
    const marks = this.touching.get(id);
    if (id === n.id && !marks) return n;
    const own = typeof n.props.name === "string" ? n.props.name : id;
    const ownAliases = Array.isArray(n.props.aliases) ? n.props.aliases : [];
    const name = this.names.get(id) ?? own;
    const aliases = [...new Set([own, ...ownAliases, ...(this.aliases.get(id) ?? [])])].filter((a) => a !== name);
    const props: Record<string, PropValue> = { ...n.props, id, ...searchProps(name, aliases) };
    for (const s of this.sets.get(id) ?? []) {
      if (s.value === null) delete props[s.key];
      else props[s.key] = s.value;
    }
    if (marks) {
      props.curations = marks.map((c) => c.id);
      props.curationNotes = marks.map((c) => c.note ?? "");
    }
    return { ...n, id, props };
  }

  /** One article's graph with the curations applied. */
  apply(ag: ArticleGraph): ArticleGraph {
    if (this.size === 0) return ag;
    const seen = new Set<string>();
    const nodes: GraphNode[] = [];
    for (const n of ag.nodes) {
      const c = n.label === "Article" ? n : this.curateNode(n, ag.articleId);
      if (seen.has(c.id)) continue; // two nodes of the article merged into one
      seen.add(c.id);
      nodes.push(c);
    }
    const rels: GraphRel[] = [];
    for (const r of ag.rels) {
      const moved = { ...r, from: this.resolve(r.from, ag.articleId), to: this.resolve(r.to, ag.articleId) };
      // a relationship rejected by the ids it had before a merge (merge --drop-role) stays rejected
      if (!this.isRejected(moved) && !this.isRejected(r)) rels.push(moved);
    }
    return { articleId: ag.articleId, nodes, rels };
  }

  /** The relationship an `add` curation states, with the analyst's note as its evidence. */
  addition(c: Of<"add">): ArticleGraph {
    const article = noteArticleId(c);
    const text = c.note ?? "";
    const title = `Ghi chú của ${c.by}`;
    const from = this.resolve(c.from, null);
    const to = this.resolve(c.to, null);
    const key = c.type === "SIGNED_WITH" ? `${c.document}|${article}` : c.type === "LED_DELEGATION" ? article : "";
    return {
      articleId: article,
      nodes: [
        {
          id: article,
          label: "Article",
          props: {
            id: article,
            label: "Article",
            ...searchProps(title, []),
            title,
            date: c.date && c.date.length === 10 && !c.date.startsWith("--") ? c.date : null,
            source: "curation",
            url: null,
            text,
            curation: c.id,
            spanStart: ["0"],
            spanEnd: [String(text.length)],
            spanTypes: [c.type],
          },
        },
      ],
      rels: [
        {
          type: c.type,
          from,
          to,
          key,
          props: { document: c.document, period: null, event: null, asOf: c.date, curation: c.id },
          evidence: [{ article, text, start: 0, end: text.length, date: c.date ?? "" }],
        },
      ],
    };
  }
}
