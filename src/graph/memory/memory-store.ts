// The embedded store: a graphology graph in memory. Each batch is appended to a journal and
// flushed (journal.ts); now and then, and when a writer closes, the whole graph is written as a
// snapshot through a temp file and a rename (store-file.ts). A crash mid-ingest leaves the state
// after the last whole batch. A writer holds a
// lock on the file; a second writer is refused with a clear message.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { InvalidArgumentsError, NotSupportedError, StoreWriteError } from "../errors";
import { evidenceCap, relId, type ArticleGraph } from "../graph-model";
import { getDefinition } from "../queries/catalogue";
import {
  addSummary,
  byIngestOrder,
  withoutInternal,
  type Counts,
  type GraphDump,
  type GraphStore,
  type IngestSummary,
  type PersonRecord,
  type RebuildMark,
  type Row,
} from "../store";
import { SearchIndex } from "./search-index";
import { GraphView, rankByDegree, type EdgeAttrs, type KgGraph, type NodeAttrs } from "./graph-view";
import { appendBatch, cutTornTail, dropJournal, journalBytes, readJournal } from "./journal";
import { letTheLoopRun } from "../event-loop";
import { loadGraph, saveGraph } from "./store-file";

/** The snapshot could not be written (a read-only directory, a full disk): nothing changed. */
function snapshotNotWritten(op: string, file: string, e: unknown): StoreWriteError {
  const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return new StoreWriteError(
    `${op}: could not write the embedded store ${file} (${why}); nothing was changed. Make its directory writable (or free space) and try again`,
  );
}

/** Articles applied between two turns of the event loop during a rebuild. */
const REBUILD_SLICE = 250;
import { acquireWriterLock } from "./writer-lock";

export interface MemoryStoreOptions {
  /** Data file; null keeps the graph in memory only. */
  file: string | null;
  /** Take the writer's lock (ingest); readers need none. */
  write: boolean;
  /** Keep answers until the next write (default true); benchmarks turn it off to time the work. */
  cacheAnswers?: boolean;
}

export class MemoryStore implements GraphStore {
  readonly kind = "memory" as const;
  private current: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  private release: (() => void) | null = null;
  private byLabel = new Map<string, string[]>();
  private basedIn = new Map<string, string>();
  private relsByType = new Map<string, string[]>();
  private basedInReverse = new Map<string, string[]>();
  private search = new SearchIndex();
  private byDegree: string[] | null = null;
  /** Answers until the next write: the explorer and dashboards ask the same questions again. */
  private readonly answers = new Map<string, Row[]>();
  private writes = 0;

  /** The graph (replaced whole by a rebuild). */
  get graph(): KgGraph {
    return this.current;
  }

  /** Takes over another store's graph and indexes at once (the end of a rebuild). */
  private adopt(next: MemoryStore): void {
    this.current = next.current;
    this.byLabel = next.byLabel;
    this.basedIn = next.basedIn;
    this.relsByType = next.relsByType;
    this.basedInReverse = next.basedInReverse;
    this.search = next.search;
    this.byDegree = null;
    this.answers.clear();
  }

  private indexNode(id: string, a: NodeAttrs): void {
    const list = this.byLabel.get(a.label) ?? [];
    list.push(id);
    this.byLabel.set(a.label, list);
    this.search.add(id, a);
  }

  private indexRel(key: string, type: string, source: string, target: string): void {
    const keys = this.relsByType.get(type) ?? [];
    keys.push(key);
    this.relsByType.set(type, keys);
    if (type === "BASED_IN" && !this.basedIn.has(source)) {
      this.basedIn.set(source, target);
      const orgs = this.basedInReverse.get(target) ?? [];
      orgs.push(source);
      this.basedInReverse.set(target, orgs);
    }
  }

  /** What opening the store recovered from (a torn journal tail): for the log. */
  readonly notices: string[] = [];

  private constructor(private readonly opts: MemoryStoreOptions) {}

  static open(opts: MemoryStoreOptions): MemoryStore {
    const store = new MemoryStore(opts);
    if (opts.file) {
      if (existsSync(opts.file) && statSync(opts.file).isDirectory())
        throw new InvalidArgumentsError(
          `open the embedded store: ${opts.file} is a directory; KG_DATA names the data file, e.g. ${join(opts.file, "graph.json")}`,
        );
      mkdirSync(dirname(opts.file), { recursive: true });
      if (opts.write) store.lock(opts.file);
      store.load(opts.file);
    }
    return store;
  }

  private lock(file: string): void {
    this.release = acquireWriterLock(file);
  }

  private load(file: string): void {
    if (existsSync(file)) loadGraph(file, this.graph);
    this.graph.forEachNode((id, a) => this.indexNode(id, a));
    this.graph.forEachEdge((key, a, source, target) => this.indexRel(key, a.type, source, target));
    const journal = readJournal(file);
    for (const batch of journal.batches) this.apply(batch);
    if (journal.damaged)
      this.notices.push(`embedded store ${file}: ${journal.damaged} damaged journal record(s) skipped (batches that were never acknowledged)`);
    if (journal.tornBytes > 0) {
      // only the writer may cut the file; a reader just leaves the torn tail out
      if (this.opts.write) cutTornTail(file, journal);
      this.notices.push(
        `embedded store ${file}: the journal ended in a torn record (${journal.tornBytes} bytes, a batch cut by a crash or a full disk, never acknowledged)${this.opts.write ? "; cut away" : ""}`,
      );
    }
  }

  /** A snapshot of the whole graph replaces the old one and the journal. */
  private async compact(): Promise<void> {
    if (!this.opts.file) return;
    await saveGraph(this.opts.file, this.graph);
    dropJournal(this.opts.file);
  }

  async existingArticles(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.graph.hasNode(id)));
  }

  async ingest(batch: readonly ArticleGraph[]): Promise<IngestSummary> {
    const file = this.opts.file;
    // the batch is written before it is applied: when the write fails, memory is as it was and
    // the caller is told (never "stored", never "unchanged" on a retry)
    const fresh = this.freshArticles(batch);
    if (file && fresh.length) appendBatch(file, fresh);
    const { summary } = this.apply(batch);
    if (file && fresh.length) {
      // the batch is durable once its journal record is flushed; the snapshot is rewritten only
      // when the journal has grown as large as it
      const snapshot = existsSync(file) ? statSync(file).size : 0;
      if (journalBytes(file) > Math.max(32 << 20, snapshot)) {
        try {
          await this.compact();
        } catch (e) {
          // the batch is safe in the journal; the snapshot is tried again on the next write
          this.notices.push(`embedded store ${file}: could not rewrite the snapshot (${(e as Error).message}); the journal keeps every batch`);
        }
      }
    }
    return summary;
  }

  /** The articles of a batch that the store does not hold yet (first of each id). */
  private freshArticles(batch: readonly ArticleGraph[]): ArticleGraph[] {
    const seen = new Set<string>();
    return batch.filter((a) => {
      if (this.graph.hasNode(a.articleId) || seen.has(a.articleId)) return false;
      seen.add(a.articleId);
      return true;
    });
  }

  /** Applies a batch in memory; returns what it added and the articles that were new. */
  private apply(batch: readonly ArticleGraph[]): { summary: IngestSummary; fresh: ArticleGraph[] } {
    const fresh: ArticleGraph[] = [];
    const summary: IngestSummary = { articlesNew: 0, articlesUnchanged: 0, nodesAdded: 0, relationshipsAdded: 0 };
    const seen = new Set<string>();
    for (const art of batch) {
      if (this.graph.hasNode(art.articleId) || seen.has(art.articleId)) {
        summary.articlesUnchanged++;
        continue;
      }
      seen.add(art.articleId);
      fresh.push(art);
      summary.articlesNew++;
      // in memory the batch is applied whole before the file is written, so order does not matter
      for (const n of art.nodes) {
        if (this.graph.hasNode(n.id)) {
          // a person first seen without a country gets it from the first article that states it
          if (n.props.country && !this.graph.getNodeAttribute(n.id, "country")) this.graph.setNodeAttribute(n.id, "country", n.props.country);
          if (n.label === "Person") this.addSpellings(n.id, n.props);
          continue;
        }
        const attrs: NodeAttrs = { ...n.props, label: n.label, id: n.id, name: String(n.props.name ?? n.id) };
        this.graph.addNode(n.id, attrs);
        this.indexNode(n.id, attrs);
        summary.nodesAdded++;
      }
      for (const r of art.rels) {
        const key = relId(r);
        const ev = {
          evidenceArticle: r.evidence.map((e) => e.article),
          evidenceText: r.evidence.map((e) => e.text),
          evidenceStart: r.evidence.map((e) => e.start),
          evidenceEnd: r.evidence.map((e) => e.end),
          evidenceDate: r.evidence.map((e) => e.date),
        };
        const cap = evidenceCap(r.type);
        if (this.graph.hasEdge(key)) {
          const a = this.graph.getEdgeAttributes(key);
          if (a.evidenceText.length >= cap) continue;
          this.graph.mergeEdgeAttributes(key, {
            evidenceArticle: [...a.evidenceArticle, ...ev.evidenceArticle].slice(0, cap),
            evidenceText: [...a.evidenceText, ...ev.evidenceText].slice(0, cap),
            evidenceStart: [...a.evidenceStart, ...ev.evidenceStart].slice(0, cap),
            evidenceEnd: [...a.evidenceEnd, ...ev.evidenceEnd].slice(0, cap),
            evidenceDate: [...a.evidenceDate, ...ev.evidenceDate].slice(0, cap),
          });
        } else {
          const capped = Object.fromEntries(Object.entries(ev).map(([k, v]) => [k, v.slice(0, cap)])) as typeof ev;
          this.graph.addDirectedEdgeWithKey(key, r.from, r.to, { type: r.type, key: r.key, ...r.props, ...capped });
          this.indexRel(key, r.type, r.from, r.to);
          summary.relationshipsAdded++;
        }
      }
    }
    if (fresh.length) {
      this.answers.clear();
      this.byDegree = null;
      this.writes++;
    }
    return { summary, fresh };
  }

  /** Another spelling of a stored person: its aliases, alias keys and search words are added (as merge-nodes.cypher does). */
  private addSpellings(id: string, props: Record<string, unknown>): void {
    const a = this.graph.getNodeAttributes(id);
    const grow = (have: unknown, more: unknown): string[] | null => {
      const old = Array.isArray(have) ? (have as string[]) : [];
      const add = (Array.isArray(more) ? (more as string[]) : []).filter((x) => !old.includes(x));
      return add.length ? [...old, ...add] : null;
    };
    const aliases = grow(a.aliases, props.aliases);
    const keys = grow(a.aliasKeys, props.aliasKeys);
    let text = typeof a.searchText === "string" ? a.searchText : "";
    for (const w of typeof props.searchText === "string" ? props.searchText.split(" ") : []) if (w && !text.split(" ").includes(w)) text = `${text} ${w}`;
    if (!aliases && !keys && text === a.searchText) return;
    if (aliases) a.aliases = aliases;
    if (keys) a.aliasKeys = keys;
    a.searchText = text;
    this.search.add(id, a);
  }

  private targets(from: string, type: string): string[] {
    return this.graph
      .outEdges(from)
      .filter((e) => this.graph.getEdgeAttribute(e, "type") === type)
      .map((e) => this.graph.target(e));
  }

  async personsByVariant(keys: readonly string[]): Promise<PersonRecord[]> {
    const wanted = new Set(keys);
    const out: PersonRecord[] = [];
    for (const id of this.byLabel.get("Person") ?? []) {
      const a = this.graph.getNodeAttributes(id);
      if (typeof a.variantKey !== "string" || !wanted.has(a.variantKey)) continue;
      const roles = [...new Set(this.targets(id, "HOLDS_ROLE"))].sort();
      const orgs = [...new Set(roles.flatMap((r) => this.targets(r, "ROLE_AT")))].sort();
      out.push({
        id,
        variantKey: a.variantKey,
        aliasKeys: Array.isArray(a.aliasKeys) ? (a.aliasKeys as string[]) : [],
        country: typeof a.country === "string" ? a.country : null,
        roles,
        orgs,
      });
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** The graph with the indexes this store keeps. */
  view(): GraphView {
    return new GraphView(this.graph, {
      byLabel: this.byLabel,
      basedIn: this.basedIn,
      basedInReverse: this.basedInReverse,
      relsByType: this.relsByType,
      byDegree: () => (this.byDegree ??= rankByDegree(this.graph, this.graph.nodes())),
      search: this.search,
    });
  }

  async run(queryName: string, params: Record<string, unknown>): Promise<Row[]> {
    const q = getDefinition(queryName);
    const key = `${q.name}\u0000${JSON.stringify(params)}`;
    const known = this.opts.cacheAnswers === false ? undefined : this.answers.get(key);
    if (known) return [...known];
    const rows = q.embedded(this.view(), params);
    if (this.opts.cacheAnswers !== false) {
      if (this.answers.size >= 256) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(key, rows);
    }
    return [...rows];
  }

  async counts(): Promise<Counts> {
    let articles = 0;
    this.graph.forEachNode((_, a) => {
      if (a.label === "Article") articles++;
    });
    return { nodes: this.graph.order, relationships: this.graph.size, articles };
  }

  async dump(): Promise<GraphDump> {
    const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(withoutInternal(o)).filter(([, v]) => v !== null && v !== undefined));
    const nodes = this.graph.mapNodes((id, a) => ({ id, label: a.label, props: clean(a) }));
    nodes.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const rels = this.graph.mapEdges((_k, a, from, to) => {
      const { type, ...props } = a;
      return { type, from, to, props: clean(props) };
    });
    const k = (r: { from: string; to: string; type: string; props: Record<string, unknown> }) => [r.from, r.to, r.type, String(r.props.key ?? "")];
    rels.sort((x, y) => {
      const [a, b] = [k(x), k(y)];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
      return 0;
    });
    return { nodes, rels };
  }

  revision(): number {
    return this.writes;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async cypher(): Promise<never> {
    throw new NotSupportedError(
      "run Cypher: the embedded store has no Cypher engine; start Neo4j (npm run neo4j:local, or docker compose up neo4j), set NEO4J_URI=bolt://127.0.0.1:7687 and restart",
    );
  }

  async articleRecords(): Promise<Array<Record<string, unknown>>> {
    const out: Array<Record<string, unknown>> = [];
    for (const id of this.byLabel.get("Article") ?? []) out.push({ ...this.graph.getNodeAttributes(id) });
    return out.sort(byIngestOrder);
  }

  /**
   * The new graph is built aside, a few hundred articles at a time with the event loop let go
   * between them (reads go on answering from the old graph), written to the snapshot in chunks
   * the same way, and only then taken over at once. When the snapshot cannot be written (a
   * read-only directory, a full disk), the old graph stays, in memory and on disk.
   */
  async replaceAll(batch: readonly ArticleGraph[]): Promise<IngestSummary> {
    const next = new MemoryStore({ ...this.opts, file: null, write: false });
    const summary: IngestSummary = { articlesNew: 0, articlesUnchanged: 0, nodesAdded: 0, relationshipsAdded: 0 };
    for (let i = 0; i < batch.length; i += REBUILD_SLICE) {
      addSummary(summary, next.apply(batch.slice(i, i + REBUILD_SLICE)).summary);
      await letTheLoopRun();
    }
    const file = this.opts.file;
    if (file) {
      try {
        await saveGraph(file, next.current, letTheLoopRun);
        dropJournal(file);
      } catch (e) {
        throw snapshotNotWritten("rebuild the graph", file, e);
      }
    }
    this.adopt(next);
    this.writes++;
    return summary;
  }

  /**
   * Writes the snapshot; when it cannot be written (a read-only directory, a full disk), memory
   * goes back to what the file holds, and the caller is told that nothing changed.
   */
  private async compactOrRestore(op: string): Promise<void> {
    const file = this.opts.file;
    if (!file) return;
    try {
      await this.compact();
    } catch (e) {
      this.forget();
      this.load(file);
      this.writes++;
      throw snapshotNotWritten(op, file, e);
    }
  }

  async markRebuild(mark: RebuildMark | null): Promise<void> {
    const file = this.opts.file;
    if (!file) return;
    const at = `${file}.rebuilding`;
    try {
      if (mark === null) rmSync(at, { force: true });
      else {
        // whole or not at all: written aside, then renamed into place
        writeFileSync(`${at}.tmp`, JSON.stringify(mark));
        renameSync(`${at}.tmp`, at);
      }
    } catch (e) {
      throw new StoreWriteError(
        `${mark ? "begin" : "complete"} a rebuild: could not write beside the embedded store ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed`,
      );
    }
  }

  async rebuildMark(): Promise<RebuildMark | null> {
    const file = this.opts.file;
    if (!file) return null;
    try {
      const parsed = JSON.parse(readFileSync(`${file}.rebuilding`, "utf8")) as Partial<RebuildMark>;
      return { since: String(parsed.since ?? "?"), by: String(parsed.by ?? "?") };
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === "ENOENT" ? null : { since: "?", by: "?" };
    }
  }

  /** Empties the graph and every index in memory (the file is left to the caller). */
  private forget(): void {
    this.graph.clear();
    this.byLabel.clear();
    this.basedIn.clear();
    this.relsByType.clear();
    this.byDegree = null;
    this.basedInReverse.clear();
    this.search.clear();
    this.answers.clear();
  }

  async clear(): Promise<void> {
    this.forget();
    this.writes++;
    await this.compactOrRestore("clear the graph");
    await this.markRebuild(null);
  }

  async close(): Promise<void> {
    // a writer leaves one tidy snapshot behind
    if (this.release && this.opts.file && journalBytes(this.opts.file) > 0) await this.compact();
    this.release?.();
    this.release = null;
  }
}
