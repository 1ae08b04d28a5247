// The Neo4j store: the only module that imports neo4j-driver. Batches are written with
// UNWIND ... MERGE in one managed write transaction each, so a failure leaves no half article.
// Integers come back as JS numbers (disableLosslessIntegers): counts here stay far below 2^53.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { ConsoleBusyError, CypherRefusedError, InvalidArgumentsError, StoreLockedError, StoreUnavailableError } from "../errors";
import { NODE_LABELS, REL_TYPES, evidenceCap, type ArticleGraph, type NodeLabel, type RelType } from "../graph-model";
import { getDefinition } from "../queries/catalogue";
import {
  addSummary,
  type ConsoleOptions,
  type ConsoleResult,
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
import { runConsoleQuery } from "./console-run";
import { cypherFile, nodeMergeStatement, relMergeStatement, statements } from "./cypher-files";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

const UNAVAILABLE_CODES = /ServiceUnavailable|SessionExpired|ECONNREFUSED|connect|Connection/i;

export function isUnavailable(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return UNAVAILABLE_CODES.test(err?.code ?? "") || UNAVAILABLE_CODES.test(err?.message ?? "");
}

/** Driver values (nodes, relationships, paths, temporal types) as plain JSON. */
function toPlain(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  const o = v as Record<string, unknown>;
  if ("labels" in o && "properties" in o && "elementId" in o) return { elementId: o.elementId, labels: o.labels, properties: toPlain(o.properties) };
  if ("type" in o && "properties" in o && "startNodeElementId" in o)
    return { elementId: o.elementId, type: o.type, start: o.startNodeElementId, end: o.endNodeElementId, properties: toPlain(o.properties) };
  if ("segments" in o && "start" in o && "end" in o) return { start: toPlain(o.start), end: toPlain(o.end), segments: toPlain(o.segments) };
  if (
    typeof (o as { toString?: unknown }).toString === "function" &&
    (neo4j.isDate(o) || neo4j.isDateTime(o) || neo4j.isLocalDateTime(o) || neo4j.isDuration(o) || neo4j.isTime(o) || neo4j.isLocalTime(o))
  )
    return String(o);
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;

  private constructor(
    readonly driver: Driver,
    readonly config: Neo4jConfig,
  ) {}

  /** Connects, checks that Neo4j answers, and applies cypher/schema.cypher. */
  static async connect(config: Neo4jConfig): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
        disableLosslessIntegers: true,
        connectionTimeout: 5000,
        // an outage should become a 503 quickly, not after 30 s of retries
        maxTransactionRetryTime: 5000,
        maxConnectionPoolSize: 50,
        logging: { level: "error", logger: () => {} },
      });
    } catch (e) {
      throw new InvalidArgumentsError(`connect to Neo4j: invalid NEO4J_URI "${config.uri}" (${(e as Error).message}); expected e.g. bolt://127.0.0.1:7687`);
    }
    const store = new Neo4jStore(driver, config);
    try {
      await driver.verifyConnectivity();
      for (const st of statements("schema.cypher")) await driver.executeQuery(st, {}, { database: config.database });
      // an index created just now (a new one on an existing database) serves queries once online
      await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: config.database });
    } catch (e) {
      await driver.close();
      throw new StoreUnavailableError(
        `connect to Neo4j at ${config.uri}: ${(e as Error).message}. Start it (npm run neo4j:local, or docker compose up neo4j) or unset NEO4J_URI to use the embedded store`,
      );
    }
    return store;
  }

  private wrap(op: string, e: unknown): never {
    if (isUnavailable(e)) throw new StoreUnavailableError(`${op}: Neo4j at ${this.config.uri} is unavailable (${(e as Error).message})`);
    throw e;
  }

  async existingArticles(ids: readonly string[]): Promise<Set<string>> {
    try {
      const res = await this.driver.executeQuery(
        cypherFile("ingest/existing-articles.cypher"),
        { ids: [...ids] },
        { database: this.config.database, routing: neo4j.routing.READ },
      );
      return new Set(res.records.map((r) => String(r.get("id"))));
    } catch (e) {
      return this.wrap("check stored articles", e);
    }
  }

  async ingest(batch: readonly ArticleGraph[]): Promise<IngestSummary> {
    const existing = await this.existingArticles(batch.map((a) => a.articleId));
    const fresh: ArticleGraph[] = [];
    const seen = new Set<string>();
    for (const a of batch) {
      if (existing.has(a.articleId) || seen.has(a.articleId)) continue;
      seen.add(a.articleId);
      fresh.push(a);
    }
    const summary: IngestSummary = { articlesNew: fresh.length, articlesUnchanged: batch.length - fresh.length, nodesAdded: 0, relationshipsAdded: 0 };
    if (fresh.length === 0) return summary;
    return this.write(fresh, summary);
  }

  /** Writes these articles in one transaction (stored ones are merged, their properties unchanged). */
  private async write(fresh: readonly ArticleGraph[], summary: IngestSummary): Promise<IngestSummary> {
    const nodesByLabel = new Map<NodeLabel, Array<{ id: string; props: Record<string, unknown> }>>();
    const relsByType = new Map<RelType, Array<Record<string, unknown>>>();
    for (const art of fresh) {
      for (const n of art.nodes) {
        const list = nodesByLabel.get(n.label) ?? [];
        list.push({ id: n.id, props: Object.fromEntries(Object.entries(n.props).filter(([, v]) => v !== null)) });
        nodesByLabel.set(n.label, list);
      }
      for (const r of art.rels) {
        const list = relsByType.get(r.type) ?? [];
        list.push({
          from: r.from,
          to: r.to,
          key: r.key,
          props: Object.fromEntries(Object.entries(r.props).filter(([, v]) => v !== null)),
          evidenceArticle: r.evidence.map((e) => e.article),
          evidenceText: r.evidence.map((e) => e.text),
          evidenceStart: r.evidence.map((e) => neo4j.int(e.start)),
          evidenceEnd: r.evidence.map((e) => neo4j.int(e.end)),
          evidenceDate: r.evidence.map((e) => e.date),
        });
        relsByType.set(r.type, list);
      }
    }
    try {
      const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite(async (tx: ManagedTransaction) => {
          // one transaction: an Article node exists only together with all of its facts
          for (const label of NODE_LABELS) {
            const rows = nodesByLabel.get(label);
            if (!rows?.length) continue;
            const res = await tx.run(nodeMergeStatement(label), { rows });
            summary.nodesAdded += res.summary.counters.updates().nodesCreated;
          }
          for (const type of REL_TYPES) {
            const rows = relsByType.get(type);
            if (!rows?.length) continue;
            const res = await tx.run(relMergeStatement(type), { rows, cap: neo4j.int(evidenceCap(type)) });
            summary.relationshipsAdded += res.summary.counters.updates().relationshipsCreated;
          }
        });
      } finally {
        await session.close();
      }
    } catch (e) {
      return this.wrap("ingest a batch into Neo4j", e);
    }
    return summary;
  }

  /** Other clients may write to the database: answers are never kept. */
  revision(): null {
    return null;
  }

  async run(queryName: string, params: Record<string, unknown>): Promise<Row[]> {
    const q = getDefinition(queryName);
    const typed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]));
    try {
      const res = await this.driver.executeQuery(cypherFile(q.file), typed, { database: this.config.database, routing: neo4j.routing.READ });
      return res.records.map((r) => r.toObject() as Row);
    } catch (e) {
      return this.wrap(`run query ${queryName}`, e);
    }
  }

  /** Ad-hoc read-only Cypher, fenced and bounded (console-run.ts). */
  async cypher(query: string, params: Record<string, unknown>, opts: ConsoleOptions): Promise<ConsoleResult> {
    try {
      return await runConsoleQuery(this.driver, this.config.database, query, params, opts, toPlain);
    } catch (e) {
      if (e instanceof CypherRefusedError || e instanceof ConsoleBusyError) throw e;
      if (isUnavailable(e)) return this.wrap("run Cypher", e);
      const code = (e as { code?: string }).code ?? "";
      if (/TransactionTimedOut|Terminated/i.test(code)) throw new CypherRefusedError(`run Cypher: stopped after the ${opts.timeoutMs} ms time limit`);
      if (/AccessMode|Forbidden|Security/i.test(code)) throw new CypherRefusedError(`run Cypher: only read-only queries are allowed (${(e as Error).message})`);
      throw new CypherRefusedError(`run Cypher: ${(e as Error).message}`);
    }
  }

  async dump(): Promise<GraphDump> {
    try {
      const opts = { database: this.config.database, routing: neo4j.routing.READ };
      const nodes = await this.driver.executeQuery(cypherFile("export/nodes.cypher"), {}, opts);
      const rels = await this.driver.executeQuery(cypherFile("export/relationships.cypher"), {}, opts);
      return {
        nodes: nodes.records.map((r) => ({
          id: String(r.get("id")),
          label: String(r.get("label")),
          props: withoutInternal(toPlain(r.get("props")) as Record<string, unknown>),
        })),
        rels: rels.records.map((r) => ({
          type: String(r.get("type")),
          from: String(r.get("from")),
          to: String(r.get("to")),
          props: toPlain(r.get("props")) as Record<string, unknown>,
        })),
      };
    } catch (e) {
      return this.wrap("export the graph", e);
    }
  }

  async personsByVariant(keys: readonly string[]): Promise<PersonRecord[]> {
    if (!keys.length) return [];
    try {
      const res = await this.driver.executeQuery(
        cypherFile("ingest/persons-by-variant.cypher"),
        { keys: [...keys] },
        { database: this.config.database, routing: neo4j.routing.READ },
      );
      return res.records.map((r) => ({
        id: String(r.get("id")),
        variantKey: String(r.get("variantKey")),
        aliasKeys: (r.get("aliasKeys") as string[] | null) ?? [],
        country: (r.get("country") as string | null) ?? null,
        roles: (r.get("roles") as string[]).slice().sort(),
        orgs: (r.get("orgs") as string[]).slice().sort(),
      }));
    } catch (e) {
      return this.wrap("look up people by spelling", e);
    }
  }

  async saveCurations(rows: ReadonlyArray<Record<string, string | null>>): Promise<void> {
    try {
      await this.driver.executeQuery(cypherFile("ingest/save-curations.cypher"), { rows: [...rows] }, { database: this.config.database });
    } catch (e) {
      this.wrap("save the curations in Neo4j", e);
    }
  }

  async articleRecords(): Promise<Array<Record<string, unknown>>> {
    try {
      const res = await this.driver.executeQuery(
        cypherFile("ingest/article-records.cypher"),
        {},
        { database: this.config.database, routing: neo4j.routing.READ },
      );
      return res.records.map((r) => toPlain(r.get("props")) as Record<string, unknown>).sort(byIngestOrder);
    } catch (e) {
      return this.wrap("read the stored articles", e);
    }
  }

  /**
   * Not atomic on Neo4j: every node but the articles is deleted, then the articles are written
   * again in batches. The Article nodes (with their extracted facts) stay throughout, so a rebuild
   * cut short (an outage) loses nothing and can simply be run again.
   */
  async replaceAll(batch: readonly ArticleGraph[]): Promise<IngestSummary> {
    await this.runImplicit("ingest/clear-facts.cypher", "clear the graph's facts");
    const total: IngestSummary = { articlesNew: 0, articlesUnchanged: 0, nodesAdded: 0, relationshipsAdded: 0 };
    for (let i = 0; i < batch.length; i += 200) {
      const chunk = batch.slice(i, i + 200);
      addSummary(total, await this.write(chunk, { articlesNew: chunk.length, articlesUnchanged: 0, nodesAdded: 0, relationshipsAdded: 0 }));
    }
    return total;
  }

  async counts(): Promise<Counts> {
    try {
      const res = await this.driver.executeQuery(cypherFile("ingest/counts.cypher"), {}, { database: this.config.database, routing: neo4j.routing.READ });
      const r = res.records[0];
      return { nodes: Number(r?.get("nodes") ?? 0), relationships: Number(r?.get("relationships") ?? 0), articles: Number(r?.get("articles") ?? 0) };
    } catch (e) {
      return this.wrap("count the graph", e);
    }
  }

  /**
   * One writer at a time across processes (two analysts correcting at once on one Neo4j): waits
   * for the lease, keeps it fresh while the work runs, gives it back. A process that died holding
   * it loses it after `ttlMs`.
   */
  async writerLease(me: string, opts: { ttlMs?: number; waitMs?: number } = {}): Promise<() => Promise<void>> {
    const ttlMs = opts.ttlMs ?? 60_000;
    const deadline = Date.now() + (opts.waitMs ?? 300_000);
    const take = async () => {
      const res = await this.driver.executeQuery(statements("ingest/writer-lease.cypher")[0]!, { me, ttlMs: neo4j.int(ttlMs) }, { database: this.config.database });
      const r = res.records[0]!;
      return { free: r.get("free") as boolean, holder: String(r.get("holder")), since: r.get("since") };
    };
    for (;;) {
      let got;
      try {
        got = await take();
      } catch (e) {
        return this.wrap("take the writer lease", e);
      }
      if (got.free) break;
      if (Date.now() > deadline)
        throw new StoreLockedError(`write to Neo4j: another process (${got.holder}) has been rebuilding the graph for too long; try again when it is done`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const refresh = setInterval(() => void take().catch(() => undefined), Math.max(1000, ttlMs / 3));
    refresh.unref();
    return async () => {
      clearInterval(refresh);
      await this.driver.executeQuery(statements("ingest/writer-lease-release.cypher")[0]!, { me }, { database: this.config.database }).catch(() => undefined);
    };
  }

  async leaseHolder(): Promise<string | null> {
    try {
      const res = await this.driver.executeQuery(statements("ingest/writer-lease-holder.cypher")[0]!, {}, { database: this.config.database, routing: neo4j.routing.READ });
      const holder = res.records[0]?.get("holder") as unknown;
      return typeof holder === "string" ? holder : null;
    } catch (e) {
      return this.wrap("read the writer lease", e);
    }
  }

  async markRebuild(mark: RebuildMark | null): Promise<void> {
    try {
      if (mark) await this.driver.executeQuery(statements("ingest/rebuild-mark.cypher")[0]!, { ...mark }, { database: this.config.database });
      else await this.driver.executeQuery(statements("ingest/rebuild-unmark.cypher")[0]!, {}, { database: this.config.database });
    } catch (e) {
      this.wrap(mark ? "begin a rebuild" : "complete a rebuild", e);
    }
  }

  async rebuildMark(): Promise<RebuildMark | null> {
    try {
      const res = await this.driver.executeQuery(statements("ingest/rebuild-marker.cypher")[0]!, {}, { database: this.config.database, routing: neo4j.routing.READ });
      const r = res.records[0];
      return r ? { since: String(r.get("since")), by: String(r.get("by")) } : null;
    } catch (e) {
      return this.wrap("read the rebuild mark", e);
    }
  }

  async clear(): Promise<void> {
    await this.runImplicit("ingest/clear.cypher", "clear the graph");
  }

  /** A statement that runs its own transactions (CALL … IN TRANSACTIONS), in an implicit one. */
  private async runImplicit(file: string, op: string): Promise<void> {
    const session = this.driver.session({ database: this.config.database });
    try {
      await session.run(statements(file)[0]!);
    } catch (e) {
      this.wrap(op, e);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
