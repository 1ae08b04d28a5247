// The one interface both stores implement; the server and CLI see only this.
import { z } from "zod";
import type { ArticleGraph } from "./graph-model";

export const IngestSummarySchema = z.object({
  articlesNew: z.number().int(),
  articlesUnchanged: z.number().int(),
  nodesAdded: z.number().int(),
  relationshipsAdded: z.number().int(),
});
export type IngestSummary = z.infer<typeof IngestSummarySchema>;

/** Adds one batch's summary into a running total. */
export function addSummary(total: IngestSummary, s: IngestSummary): void {
  total.articlesNew += s.articlesNew;
  total.articlesUnchanged += s.articlesUnchanged;
  total.nodesAdded += s.nodesAdded;
  total.relationshipsAdded += s.relationshipsAdded;
}

export const CountsSchema = z.object({ nodes: z.number().int(), relationships: z.number().int(), articles: z.number().int() });
export type Counts = z.infer<typeof CountsSchema>;

export type Row = Record<string, unknown>;

/**
 * Article properties only the store needs: the extracted graph before curations (to rebuild from)
 * and the ingest order. Exports and dumps leave them out.
 */
export const INTERNAL_PROPS = ["extracted", "seq"] as const;
export function withoutInternal(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const k of INTERNAL_PROPS) delete out[k];
  return out;
}

/** Article records in ingest order: by `seq`, then id (articles stored before `seq` first). */
export function byIngestOrder(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const x = typeof a.seq === "number" ? a.seq : 0;
  const y = typeof b.seq === "number" ? b.seq : 0;
  if (x !== y) return x - y;
  return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}

/** The whole graph, for exports: properties as stored, without nulls. */
export interface GraphDump {
  nodes: Array<{ id: string; label: string; props: Record<string, unknown> }>;
  rels: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

/** A stored person as the identity pass needs it (src/graph/identity/person-identity.ts). */
export interface PersonRecord {
  id: string;
  variantKey: string;
  /** The folded spellings the person is known by. */
  aliasKeys: string[];
  country: string | null;
  /** Ids of the roles the person holds, and of the organisations those roles are at. */
  roles: string[];
  orgs: string[];
}

/** A rebuild that began (when, by whom) and has not completed yet. */
export interface RebuildMark {
  since: string;
  by: string;
}

/** The bounds of one console query (POST /api/cypher). */
export interface ConsoleOptions {
  timeoutMs: number;
  maxRows: number;
  /** The answer's rows, as JSON, stop before this many bytes. */
  maxBytes: number;
  /** A new query is refused while this many console queries still run in the database. */
  maxRunning: number;
  /** Aborted when the client that asked has left: the query is stopped. */
  signal?: AbortSignal;
}
export interface ConsoleResult {
  rows: Row[];
  truncated: boolean;
  /** What cut the answer short, when it was. */
  truncatedBy?: "rows" | "bytes";
}

export interface GraphStore {
  readonly kind: "memory" | "neo4j";
  /** Writes the articles not yet stored, all of a batch or nothing; stored ones are unchanged. */
  ingest(batch: readonly ArticleGraph[]): Promise<IngestSummary>;
  /** Which of these article ids are already stored. */
  existingArticles(ids: readonly string[]): Promise<Set<string>>;
  /** Runs a named query of the catalogue with parameters already validated and prepared. */
  run(queryName: string, params: Record<string, unknown>): Promise<Row[]>;
  counts(): Promise<Counts>;
  /** Every node and relationship, ordered by id, for exports. */
  dump(): Promise<GraphDump>;
  /** What opening the store recovered from (the embedded store's torn journal tail), for the log. */
  readonly notices?: readonly string[];
  /** Whether the backing database answers (the embedded store always does). */
  ping(): Promise<boolean>;
  /**
   * Ad-hoc read-only Cypher with a timeout and a row cap. Only Neo4j runs it; the embedded store
   * throws NotSupportedError. A query that is not read-only is refused before it runs.
   */
  cypher(query: string, params: Record<string, unknown>, opts: ConsoleOptions): Promise<ConsoleResult>;
  /**
   * A number that changes with every write, when this process is the only writer (the embedded
   * store holds a writer lock); null when others may write too (Neo4j), so answers must not be
   * kept.
   */
  revision(): number | null;
  /** The people stored under these variant keys, with their roles, in id order. */
  personsByVariant(keys: readonly string[]): Promise<PersonRecord[]>;
  /** Neo4j only: the curations saved as (:Curation) nodes beside the graph, for Cypher users. */
  saveCurations?(rows: ReadonlyArray<Record<string, string | null>>): Promise<void>;
  /** Neo4j only: waits for the one writer lease across processes, and returns its release. */
  writerLease?(me: string): Promise<() => Promise<void>>;
  /** Neo4j only: who holds the writer lease now (null: nobody, or it expired). */
  leaseHolder?(): Promise<string | null>;
  /**
   * Notes that a rebuild began (a mark) or completed (null). A rebuild cut short (kill -9, an
   * outage) leaves its mark, so that health reports it and the next start rebuilds. A store
   * without a file (in memory only) keeps no mark.
   */
  markRebuild?(mark: RebuildMark | null): Promise<void>;
  /** The mark of a rebuild that began and has not completed, if any. */
  rebuildMark?(): Promise<RebuildMark | null>;
  /** Every Article node's properties (including the internal `extracted` and `seq`), in ingest order. */
  articleRecords(): Promise<Array<Record<string, unknown>>>;
  /** Replaces the whole graph with these articles, written in this order (a rebuild after a curation). */
  replaceAll(batch: readonly ArticleGraph[]): Promise<IngestSummary>;
  /** Removes everything (tests and benchmarks). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
