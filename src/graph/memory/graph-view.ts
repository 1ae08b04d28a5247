// Read helpers over the graphology graph that the embedded query implementations share, written
// to mirror Cypher's semantics (undirected matches, property lookups, code-unit string order).
import type { MultiDirectedGraph } from "graphology";
import type { NodeLabel, RelType } from "../graph-model";
import type { SearchIndex } from "./search-index";

export type NodeAttrs = Record<string, unknown> & { label: NodeLabel; id: string; name: string };
export type EdgeAttrs = Record<string, unknown> & {
  type: RelType;
  key: string;
  evidenceArticle: string[];
  evidenceText: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
  evidenceDate: string[];
};
export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface EdgeView {
  key: string;
  type: RelType;
  source: string;
  target: string;
  attrs: EdgeAttrs;
}

/** Cypher's ORDER BY for strings and numbers: nulls last, code-unit order. */
export function cmp(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a),
    y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortRows<T extends Record<string, unknown>>(rows: T[], keys: ReadonlyArray<keyof T | `-${string}`>): T[] {
  return rows.sort((r1, r2) => {
    for (const k of keys) {
      const desc = typeof k === "string" && k.startsWith("-");
      const name = (desc ? (k as string).slice(1) : k) as keyof T;
      const c = cmp(r1[name], r2[name]);
      if (c !== 0) return desc ? -c : c;
    }
    return 0;
  });
}

/** What the embedded store keeps up to date as it writes, so that queries need not scan. */
export interface StoreIndexes {
  /** Node ids by label, in the order they were added. */
  byLabel: ReadonlyMap<string, readonly string[]>;
  /** Organisation id → province id: organisations have thousands of edges to scan. */
  basedIn: ReadonlyMap<string, string>;
  /** Province id → the organisations based in it (the reverse of basedIn). */
  basedInReverse: ReadonlyMap<string, readonly string[]>;
  /** Relationship keys by type, in the order they were added. */
  relsByType: ReadonlyMap<string, readonly string[]>;
  search: SearchIndex;
  /** Every node id, the best connected first (ties by id); rebuilt on first use after a write. */
  byDegree: () => readonly string[];
}

/** Ids ordered by degree, highest first, then by id. */
export function rankByDegree(g: KgGraph, ids: readonly string[]): string[] {
  const ranked = ids.map((id) => ({ id, degree: g.degree(id) }));
  ranked.sort((a, b) => b.degree - a.degree || cmp(a.id, b.id));
  return ranked.map((r) => r.id);
}

export class GraphView {
  private readonly byLabel?: ReadonlyMap<string, readonly string[]>;
  private readonly basedInIndex?: ReadonlyMap<string, string>;

  constructor(
    readonly g: KgGraph,
    /** Without them (tests), the view scans. */
    readonly indexes?: StoreIndexes,
  ) {
    this.byLabel = indexes?.byLabel;
    this.basedInIndex = indexes?.basedIn;
  }

  node(id: string): NodeAttrs | undefined {
    return this.g.hasNode(id) ? this.g.getNodeAttributes(id) : undefined;
  }

  /** The node with this id, else the first by id whose folded name is `key` (as `n.id = $x OR n.nameKey = $xKey` … `ORDER BY` in Cypher). */
  nodeByIdOrKey(id: string, key: string | null): NodeAttrs | undefined {
    const byId = this.node(id);
    if (byId || !key) return byId;
    let best: NodeAttrs | undefined;
    this.g.forEachNode((nid, a) => {
      if (a.nameKey === key && (!best || nid < best.id)) best = a;
    });
    return best;
  }

  nodesByLabel(label: NodeLabel): NodeAttrs[] {
    if (this.byLabel) return (this.byLabel.get(label) ?? []).map((id) => this.g.getNodeAttributes(id));
    const out: NodeAttrs[] = [];
    this.g.forEachNode((_, a) => {
      if (a.label === label) out.push(a);
    });
    return out;
  }

  out(id: string, type?: RelType): EdgeView[] {
    return this.edges(id, "out", type);
  }

  in(id: string, type?: RelType): EdgeView[] {
    return this.edges(id, "in", type);
  }

  /** Both directions, like -[r]- in Cypher. */
  both(id: string, type?: RelType): EdgeView[] {
    return [...this.edges(id, "out", type), ...this.edges(id, "in", type)];
  }

  private edges(id: string, dir: "out" | "in", type?: RelType): EdgeView[] {
    if (!this.g.hasNode(id)) return [];
    const out: EdgeView[] = [];
    const visit = (key: string, attrs: EdgeAttrs, source: string, target: string) => {
      if (!type || attrs.type === type) out.push({ key, type: attrs.type, source, target, attrs });
    };
    if (dir === "out") this.g.forEachOutEdge(id, visit);
    else this.g.forEachInEdge(id, visit);
    return out;
  }

  /** The province an organisation is based in. */
  basedIn(orgId: string): NodeAttrs | undefined {
    if (this.basedInIndex) {
      const p = this.basedInIndex.get(orgId);
      return p ? this.node(p) : undefined;
    }
    const e = this.out(orgId, "BASED_IN")[0];
    return e ? this.node(e.target) : undefined;
  }

  /** Node ids, the best connected first, ties by id (Cypher's ORDER BY degree DESC, id). */
  nodesByDegree(): readonly string[] {
    if (this.indexes) return this.indexes.byDegree();
    return rankByDegree(this.g, this.g.nodes());
  }

  /** Visits every relationship of one type (all of them without indexes: tests). */
  forEachRelOfType(type: RelType, visit: (attrs: EdgeAttrs, source: string, target: string) => void): void {
    const keys = this.indexes?.relsByType.get(type);
    if (!this.indexes) {
      this.g.forEachEdge((_k, a, s, t) => {
        if (a.type === type) visit(a, s, t);
      });
      return;
    }
    for (const k of keys ?? []) visit(this.g.getEdgeAttributes(k), this.g.source(k), this.g.target(k));
  }

  /**
   * The people who may have led a delegation of a province's organisations: with indexes, those
   * at the other end of its organisations' LED_DELEGATION edges; otherwise every person. Callers
   * check each delegation in full.
   */
  delegationLeaders(provinceIds: readonly string[] | null): NodeAttrs[] {
    if (provinceIds === null || !this.indexes) return this.nodesByLabel("Person");
    const ids = new Set(provinceIds.flatMap((p) => this.orgsIn(p)).flatMap((o) => this.in(o, "LED_DELEGATION").map((d) => d.source)));
    return [...ids].map((id) => this.node(id)!).filter((n) => n.label === "Person");
  }

  /**
   * The roles a person holds and the organisation each belongs to, as
   * (person)-[HOLDS_ROLE]->(:Role)-[ROLE_AT]->(:Organization): one entry per such path.
   */
  rolesHeld(personId: string): Array<{ holds: EdgeView; role: NodeAttrs; org: NodeAttrs }> {
    const out: Array<{ holds: EdgeView; role: NodeAttrs; org: NodeAttrs }> = [];
    for (const holds of this.out(personId, "HOLDS_ROLE")) {
      const role = this.node(holds.target);
      if (role?.label !== "Role") continue;
      for (const at of this.out(role.id, "ROLE_AT")) {
        const org = this.node(at.target);
        if (org?.label === "Organization") out.push({ holds, role, org });
      }
    }
    return out;
  }

  /** The events these organisations took part in (or also hosted), each once. */
  eventsOf(orgIds: Iterable<string>, types: readonly RelType[] = ["PARTICIPATED_IN", "HOSTED"]): NodeAttrs[] {
    const ids = new Set<string>();
    for (const o of orgIds)
      this.g.forEachOutEdge(o, (_k, a, _s, t) => {
        if (types.includes(a.type) && this.node(t)?.label === "Event") ids.add(t);
      });
    return [...ids].map((id) => this.node(id)!);
  }

  /** The ids of the organisations based in a province (as basedIn gives them). */
  orgsIn(provinceId: string): string[] {
    if (this.indexes) return [...(this.indexes.basedInReverse.get(provinceId) ?? [])];
    return this.nodesByLabel("Organization")
      .filter((o) => this.basedIn(o.id)?.id === provinceId)
      .map((o) => o.id);
  }

  /** The Event a relationship's `event` property names, if it exists. */
  eventOf(id: unknown): NodeAttrs | undefined {
    const e = typeof id === "string" ? this.node(id) : undefined;
    return e?.label === "Event" ? e : undefined;
  }

  /** The names of the roles a person holds according to any of these articles, sorted. */
  rolesAtTime(personId: string, articles: readonly string[]): string[] {
    const set = new Set(articles);
    return this.out(personId, "HOLDS_ROLE")
      .filter((hr) => this.node(hr.target)?.label === "Role" && hr.attrs.evidenceArticle.some((a) => set.has(a)))
      .map((hr) => this.node(hr.target)!.name)
      .sort(cmp);
  }

  /** The names of the nodes that hosted an event, sorted, as collect() after ORDER BY gives them. */
  /** Whether a host of the event is one of the sides `isSide` takes: a province itself, or the province of an organisation. */
  hostedBy(eventId: string, isSide: (provinceId: string) => boolean): boolean {
    return this.in(eventId, "HOSTED").some((h) => isSide(h.source) || isSide(this.basedIn(h.source)?.id ?? ""));
  }

  hostNames(eventId: string | null | undefined): string[] {
    if (!eventId) return [];
    return this.in(eventId, "HOSTED")
      .map((h) => this.node(h.source)?.name)
      .filter((x): x is string => typeof x === "string")
      .sort(cmp);
  }

  /** The province an event was held in. */
  heldIn(eventId: string | null | undefined): NodeAttrs | undefined {
    if (!eventId) return undefined;
    return this.out(eventId, "HELD_IN")
      .map((x) => this.node(x.target))
      .find((x) => x?.label === "Province");
  }

  /** Cypher's startsWith on a possibly-null date string → year or null. */
  static year(date: unknown): number | null {
    return typeof date === "string" && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
  }
}
