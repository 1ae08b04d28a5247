// A store with the analysts' curations applied: every ingest goes through the curation plan, and
// each new curation (or undo) is appended to the curations file and the graph rebuilt from the
// articles' extracted facts, which the Article nodes keep. Writes are serialised.
import { existsSync, rmSync, statSync, truncateSync } from "node:fs";
import { hostname } from "node:os";
import { InvalidArgumentsError, NotFoundError, NotSupportedError, StoreWriteError } from "../errors";
import { parseRelId, type ArticleGraph, type GraphNode } from "../graph-model";
import type { ConsoleOptions, ConsoleResult, Counts, GraphDump, GraphStore, IngestSummary, PersonRecord, RebuildMark, Row } from "../store";
import { PersonIdentity } from "../identity/person-identity";
import { CurationRequestSchema, type Curation, type CurationRequest, type CurationStatus } from "./curation-model";
import { activeCurations, CurationPlan, noteArticleId } from "./curation-plan";
import { appendCuration, readCurations } from "./curations-file";
import { packExtracted, unpackExtracted } from "./extracted-pack";
import { letTheLoopRun } from "../event-loop";

export interface CuratedStoreOptions {
  /** The curations file (KG_CURATIONS). */
  file: string;
  /** Who makes the curations of this process (KG_USER, or the user's login). */
  user: string;
}

export interface CurateResult {
  curation: Curation;
  /** Curations recorded with it, before it (a merge's dropped roles: one reject each). */
  with: Curation[];
  summary: IngestSummary;
  /** Curations that name ids the graph no longer has: reported, never fatal. */
  problems: string[];
}

export class CuratedStore implements GraphStore {
  private all: Curation[];
  private plan: CurationPlan;
  private queue: Promise<unknown> = Promise.resolve();
  private lastSeq = 0;
  /** The curations file's mtime and size when last read, and when last saved in the store. */
  private stamp = "";
  private savedStamp: string | null = null;
  /**
   * The statuses as the last write left them, for the file as it was then: listing the
   * curations reads them instead of waiting in the writers' queue (where six anonymous
   * listings once made an ingest wait 46 s).
   */
  private listed: { stamp: string; statuses: CurationStatus[] } | null = null;
  /** Writes under way, and writes done: a listing worked out during a write is not kept. */
  private writing = 0;
  private writes = 0;

  constructor(
    readonly inner: GraphStore,
    readonly opts: CuratedStoreOptions,
  ) {
    this.all = [];
    this.plan = new CurationPlan([]);
    this.reload();
  }

  get kind(): "memory" | "neo4j" {
    return this.inner.kind;
  }
  get notices(): readonly string[] | undefined {
    return this.inner.notices;
  }

  /** One write at a time: a rebuild never interleaves with an ingest. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Serialised in this process and, on Neo4j, across processes (the writer lease), for writes that rebuild. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.serial(async () => {
      const release = this.inner.writerLease ? await this.inner.writerLease(this.writerName) : null;
      this.writing++;
      try {
        return await fn();
      } finally {
        this.writing--;
        this.writes++;
        await release?.();
      }
    });
  }

  /** Who this store is when it holds the writer lease. */
  private readonly writerName = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;

  private nextSeq(): number {
    this.lastSeq = Math.max(Date.now() * 1000, this.lastSeq + 1);
    return this.lastSeq;
  }

  /** The article's extracted graph, kept on its Article node for rebuilds, with its ingest order. */
  private keepExtracted(ag: ArticleGraph): ArticleGraph {
    const article = ag.nodes.find((n) => n.id === ag.articleId);
    const extracted = packExtracted(ag, typeof article?.props.text === "string" ? article.props.text : "");
    const seq = this.nextSeq();
    return { ...ag, nodes: ag.nodes.map((n) => (n.id === ag.articleId ? { ...n, props: { ...n.props, extracted, seq } } : n)) };
  }

  ingest(batch: readonly ArticleGraph[]): Promise<IngestSummary> {
    return this.exclusive(async () => {
      this.reload();
      // articles already stored are left to the store to count as unchanged, without the work below
      const stored = await this.inner.existingArticles(batch.map((ag) => ag.articleId));
      const kept = batch.map((ag) => (stored.has(ag.articleId) ? ag : this.keepExtracted(ag)));
      // people are told apart and joined across articles against what the store holds
      const identity = new PersonIdentity((keys) => this.inner.personsByVariant(keys));
      const fresh = await identity.resolve(kept.filter((ag) => !stored.has(ag.articleId)));
      const byId = new Map(fresh.map((ag) => [ag.articleId, this.plan.apply(ag)]));
      const summary = await this.inner.ingest(kept.map((ag) => byId.get(ag.articleId) ?? ag));
      await this.addNotes();
      // new articles may bring what a stale curation names
      this.listed = null;
      if (this.inner.saveCurations && this.savedStamp !== this.stamp && this.all.length) await this.saveInStore();
      return summary;
    });
  }

  private async nodeRow(id: string): Promise<Row | null> {
    const rows = await this.inner.run("entity", { id });
    return rows[0] ?? null;
  }

  /** The relationships `add` curations state, once both ends exist. */
  private async addNotes(): Promise<void> {
    if (!this.plan.additions.length) return;
    const have = await this.inner.existingArticles(this.plan.additions.map(noteArticleId));
    const due: ArticleGraph[] = [];
    for (const c of this.plan.additions) {
      if (have.has(noteArticleId(c))) continue;
      const g = this.plan.addition(c);
      const r = g.rels[0]!;
      if ((await this.nodeRow(r.from)) && (await this.nodeRow(r.to))) due.push(g);
    }
    if (due.length) await this.inner.ingest(due.map((g) => this.keepExtracted(g)));
  }

  /** The stored articles' extracted graphs, in ingest order (the analysts' notes are made again). */
  private async storedArticles(): Promise<ArticleGraph[]> {
    const records = await this.inner.articleRecords();
    const out: ArticleGraph[] = [];
    let missing = 0;
    for (const [i, r] of records.entries()) {
      // a rebuild of thousands of articles lets the server answer between slices
      if (i % 200 === 199) await letTheLoopRun();
      if (r.source === "curation") continue;
      const article: GraphNode = { id: String(r.id), label: "Article", props: r as GraphNode["props"] };
      const ag = unpackExtracted(String(r.id), article, r.extracted);
      if (!ag) {
        missing++;
        continue;
      }
      out.push(ag);
    }
    if (missing)
      throw new NotSupportedError(
        `rebuild the graph with the curations: ${missing} stored article(s) were ingested by an earlier version that did not keep their extracted facts; ` +
          "nothing was changed. Ingest the articles again into an empty store (a new KG_DATA file, or an emptied Neo4j database) to curate them",
      );
    return out;
  }

  /** The curations file as it is now (another process may have added to it). */
  private reload(): void {
    const stamp = existsSync(this.opts.file) ? `${statSync(this.opts.file).mtimeMs}:${statSync(this.opts.file).size}` : "";
    if (stamp === this.stamp && stamp !== "") return;
    this.all = readCurations(this.opts.file);
    this.plan = new CurationPlan(activeCurations(this.all));
    this.stamp = stamp;
  }

  /** Rebuilds the graph from the stored articles with the curations file as it is now. */
  rebuild(): Promise<{ summary: IngestSummary; problems: string[] }> {
    return this.exclusive(async () => {
      this.reload();
      await this.inner.markRebuild?.(this.newMark());
      const done = await this.rebuildNow();
      await this.inner.markRebuild?.(null);
      return done;
    });
  }

  private newMark(): RebuildMark {
    return { since: new Date().toISOString(), by: this.writerName };
  }

  /**
   * A rebuild that an earlier process began and never completed (kill -9, an outage) leaves the
   * graph out of step with the corrections: it is run again, once, under the writer lease. Says
   * what it did, for the log; null when nothing was left to do.
   */
  async completeInterruptedRebuild(): Promise<string | null> {
    if (!(await this.inner.rebuildMark?.())) return null;
    return this.exclusive(async () => {
      const mark = await this.inner.rebuildMark?.();
      if (!mark) return null; // another process completed it while we waited for the lease
      this.reload();
      const { summary } = await this.rebuildNow();
      await this.inner.markRebuild?.(null);
      return `completed a rebuild begun at ${mark.since} by ${mark.by} and cut short: ${summary.articlesNew} article(s) written again with the corrections`;
    });
  }

  /**
   * Whether the graph is being rebuilt now ("rebuilding": here, or by the process that holds the
   * writer lease) or a rebuild was cut short ("interrupted": the graph may not show every
   * correction until the next start, or `kg curate apply`); null when it is in step.
   */
  async rebuildState(): Promise<{ state: "rebuilding" | "interrupted"; since: string; by: string } | null> {
    const mark = await this.inner.rebuildMark?.();
    if (!mark) return null;
    const live = this.writing > 0 || (this.inner.leaseHolder ? (await this.inner.leaseHolder()) !== null : false);
    return { state: live ? "rebuilding" : "interrupted", ...mark };
  }

  private async rebuildNow(): Promise<{ summary: IngestSummary; problems: string[] }> {
    const articles = await this.storedArticles();
    // the identity pass again, in ingest order, from an empty graph
    const resolved = await new PersonIdentity(async () => []).resolve(articles);
    const summary = await this.inner.replaceAll(resolved.map((ag) => this.plan.apply(ag)));
    await this.addNotes();
    const statuses = await this.saveInStore();
    return { summary, problems: statuses.flatMap((s) => (s.problem ? [s.problem] : [])) };
  }

  /** On Neo4j, the curations as (:Curation) nodes beside the graph (once per change of the file). */
  private async saveInStore(): Promise<CurationStatus[]> {
    const statuses = await this.statusesNow();
    this.listed = { stamp: this.stamp, statuses };
    if (this.inner.saveCurations) {
      await this.inner.saveCurations(
        statuses.map((s) => ({
          id: s.curation.id,
          op: s.curation.op,
          at: s.curation.at,
          by: s.curation.by,
          note: s.curation.note,
          state: s.state,
          problem: s.problem,
          json: JSON.stringify(s.curation),
        })),
      );
      this.savedStamp = this.stamp;
    }
    return statuses;
  }

  /** Checks a request against the graph and fills in what the record keeps (names, new ids). */
  private async complete(req: CurationRequest, by: string): Promise<Curation> {
    const common = {
      id: `c-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      at: new Date().toISOString(),
      by,
      note: req.note ?? null,
    };
    const need = async (id: string, what: string) => {
      const row = await this.nodeRow(id);
      if (!row) throw new NotFoundError(`curate: no entity with the id ${id} (${what}); find ids with kg query search --param q=…`);
      if (row.label === "Article") throw new InvalidArgumentsError(`curate: ${id} is an article; curations change entities and relationships`);
      return row;
    };
    const names = (row: Row) => [String(row.name), ...(Array.isArray(row.aliases) ? row.aliases.map(String) : [])];
    switch (req.op) {
      case "merge": {
        if (req.keep === req.other) throw new InvalidArgumentsError("curate merge: KEEP and OTHER are the same id");
        const keep = await need(req.keep, "KEEP");
        const other = await need(req.other, "OTHER");
        if (keep.label !== other.label)
          throw new InvalidArgumentsError(`curate merge: ${req.keep} is a ${keep.label} and ${req.other} a ${other.label}; only entities of one kind merge`);
        return { ...common, op: "merge", keep: req.keep, other: req.other, keepName: String(keep.name), otherNames: [...new Set(names(other))] };
      }
      case "split": {
        const row = await need(req.node, "the entity to split");
        const have = await this.inner.existingArticles(req.articles);
        const unknown = req.articles.filter((a) => !have.has(a));
        if (unknown.length) throw new NotFoundError(`curate split: no stored article with the id ${unknown.join(", ")}`);
        const splits = this.all.filter((c) => c.op === "split" && c.node === req.node).length;
        return { ...common, op: "split", node: req.node, articles: req.articles, newId: `${req.node}~${splits + 2}`, name: req.name ?? String(row.name) };
      }
      case "rename": {
        const row = await need(req.node, "the entity to rename");
        return { ...common, op: "rename", node: req.node, name: req.name, previous: String(row.name) };
      }
      case "set":
        await need(req.node, "the entity to change");
        return { ...common, op: "set", node: req.node, key: req.key, value: req.value };
      case "reject": {
        const from = parseRelId(req.rel)!.from;
        await need(from, "the relationship's start");
        const rows = await this.inner.run("relations", { id: from });
        if (!rows.some((r) => r.relId === req.rel))
          throw new NotFoundError(`curate reject: no relationship ${req.rel}; kg query relations --param id=… gives each relationship's relId`);
        return { ...common, op: "reject", rel: req.rel };
      }
      case "add":
        await need(req.from, "the relationship's start");
        await need(req.to, "the relationship's end");
        return { ...common, op: "add", type: req.type, from: req.from, to: req.to, document: req.document ?? null, date: req.date ?? null, note: req.note };
      case "undo": {
        const target = this.all.find((c) => c.id === req.target);
        if (!target) throw new NotFoundError(`curate undo: no curation with the id ${req.target}; kg curate list shows them`);
        if (target.op === "undo") throw new InvalidArgumentsError(`curate undo: ${req.target} is itself an undo; make the curation again instead`);
        if (this.all.some((c) => c.op === "undo" && c.target === req.target)) throw new InvalidArgumentsError(`curate undo: ${req.target} is already undone`);
        return { ...common, op: "undo", target: req.target };
      }
    }
  }

  /** One reject per role of `roles` that `person` holds; refused when it holds one of them not. */
  private async droppedRoles(person: string, roles: readonly string[], by: string, note: string | undefined): Promise<Curation[]> {
    if (!roles.length) return [];
    const rows = await this.inner.run("relations", { id: person });
    const out: Curation[] = [];
    for (const role of new Set(roles)) {
      const row = rows.find((r) => r.type === "HOLDS_ROLE" && r.direction === "out" && r.otherId === role);
      if (!row) throw new InvalidArgumentsError(`curate merge: ${person} holds no role ${role}; its roles are ${rows.filter((r) => r.type === "HOLDS_ROLE" && r.direction === "out").map((r) => String(r.otherId)).join(", ") || "none"}`);
      out.push(await this.complete({ op: "reject", rel: String(row.relId), note: note ?? "a wrong role, dropped with the merge" }, by));
    }
    return out;
  }

  /** Records a curation (by `by`, default the store's user) and rebuilds the graph with it. */
  curate(request: unknown, by: string = this.opts.user): Promise<CurateResult> {
    return this.exclusive(async () => {
      const parsed = CurationRequestSchema.safeParse(request);
      if (!parsed.success)
        throw new InvalidArgumentsError(
          `curate: ${parsed.error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; ")}`,
          parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        );
      this.reload();
      const curation = await this.complete(parsed.data, by);
      const dropped = parsed.data.op === "merge" ? await this.droppedRoles(parsed.data.other, parsed.data.dropRoles ?? [], by, parsed.data.note) : [];
      // a store that cannot be rebuilt is refused before the file changes
      await this.storedArticles();
      // the mark first: a store that cannot even keep it refuses the correction before anything changed
      await this.inner.markRebuild?.(this.newMark());
      const sizeBefore = existsSync(this.opts.file) ? statSync(this.opts.file).size : null;
      try {
        for (const c of [...dropped, curation]) appendCuration(this.opts.file, c);
        this.all = [...this.all, ...dropped, curation];
        this.plan = new CurationPlan(activeCurations(this.all));
        const { summary, problems } = await this.rebuildNow();
        await this.inner.markRebuild?.(null);
        return { curation, with: dropped, summary, problems };
      } catch (e) {
        await this.withdraw(sizeBefore, e);
        throw e;
      }
    });
  }

  /**
   * A correction whose rebuild failed is not kept (a retry would record it twice): the file goes
   * back to what it was, and so does the graph (a StoreWriteError says the store changed nothing;
   * otherwise it is rebuilt without the correction). When that fails too, the mark stays: health
   * reports it and the next start completes the rebuild.
   */
  private async withdraw(sizeBefore: number | null, cause: unknown): Promise<void> {
    if (sizeBefore === null) rmSync(this.opts.file, { force: true });
    else truncateSync(this.opts.file, sizeBefore);
    this.stamp = "";
    this.reload();
    try {
      if (!(cause instanceof StoreWriteError)) await this.rebuildNow();
      await this.inner.markRebuild?.(null);
    } catch {
      /* the mark stays */
    }
  }

  /**
   * Every curation of the file, with whether it is in force. A read, not a write: it does not
   * queue behind writes. It answers what the last write left, or works it out once when the
   * file or the articles changed since.
   */
  async curations(): Promise<CurationStatus[]> {
    this.reload();
    const stamp = this.stamp;
    if (this.listed?.stamp === stamp) return this.listed.statuses;
    const writes = this.writes;
    const statuses = await this.statusesNow();
    if (this.stamp === stamp && this.writing === 0 && this.writes === writes) this.listed = { stamp, statuses };
    return statuses;
  }

  private async statusesNow(): Promise<CurationStatus[]> {
    const undone = new Set(this.all.flatMap((c) => (c.op === "undo" ? [c.target] : [])));
    const out: CurationStatus[] = [];
    for (const c of this.all) {
      if (undone.has(c.id)) {
        out.push({ curation: c, state: "undone", problem: null });
        continue;
      }
      const ignored = this.plan.ignored.get(c.id);
      if (ignored) {
        out.push({ curation: c, state: "stale", problem: `curation ${c.id} (${c.op}) ${ignored}; it has no effect` });
        continue;
      }
      let missing: string | null = null;
      if (c.op === "merge" && !(await this.nodeRow(c.keep))) missing = c.keep;
      if ((c.op === "rename" || c.op === "set") && !(await this.nodeRow(this.plan.resolve(c.node, null)))) missing = c.node;
      if (c.op === "split" && !(await this.nodeRow(c.newId))) missing = c.newId;
      if (c.op === "add" && !(await this.inner.existingArticles([noteArticleId(c)])).size) missing = `${c.from} or ${c.to}`;
      out.push(
        missing
          ? { curation: c, state: "stale", problem: `curation ${c.id} (${c.op}) names ${missing}, which the graph no longer has; it has no effect` }
          : { curation: c, state: "active", problem: null },
      );
    }
    return out;
  }

  existingArticles(ids: readonly string[]): Promise<Set<string>> {
    return this.inner.existingArticles(ids);
  }
  run(queryName: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.inner.run(queryName, params);
  }
  counts(): Promise<Counts> {
    return this.inner.counts();
  }
  dump(): Promise<GraphDump> {
    return this.inner.dump();
  }
  ping(): Promise<boolean> {
    return this.inner.ping();
  }
  cypher(query: string, params: Record<string, unknown>, opts: ConsoleOptions): Promise<ConsoleResult> {
    return this.inner.cypher(query, params, opts);
  }
  revision(): number | null {
    return this.inner.revision();
  }
  articleRecords(): Promise<Array<Record<string, unknown>>> {
    return this.inner.articleRecords();
  }
  personsByVariant(keys: readonly string[]): Promise<PersonRecord[]> {
    return this.inner.personsByVariant(keys);
  }
  replaceAll(batch: readonly ArticleGraph[]): Promise<IngestSummary> {
    return this.serial(() => this.inner.replaceAll(batch));
  }
  clear(): Promise<void> {
    return this.serial(() => this.inner.clear());
  }
  close(): Promise<void> {
    return this.serial(() => this.inner.close());
  }
}
