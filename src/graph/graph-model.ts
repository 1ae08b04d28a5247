// The stored graph: node labels, relationship types and the shape of what both stores hold.
// Node properties are fixed when a node is created (first article wins); relationship evidence
// accumulates, one entry per article sentence, in ingest order.
import { z } from "zod";
import { RELATION_TYPES } from "./model";

export const NODE_LABELS = ["Article", "Person", "Role", "Organization", "Province", "Country", "Event"] as const;
export const NodeLabelSchema = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabelSchema>;

/** Besides the extracted relations: an event is reported in an article; a province merged into another in 2025 (reference data). */
export const REL_TYPES = [...RELATION_TYPES, "REPORTED_IN", "MERGED_INTO"] as const;
export const RelTypeSchema = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelTypeSchema>;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const PropValueSchema = z.union([Scalar, z.array(z.string())]);
export type PropValue = z.infer<typeof PropValueSchema>;

export const GraphNodeSchema = z.object({
  id: z.string(),
  label: NodeLabelSchema,
  /** Stored as node properties, including name, nameKey, aliases, aliasKeys, searchText. */
  props: z.record(z.string(), PropValueSchema),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEvidenceSchema = z.object({
  article: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Event or article date; "" when unknown (Neo4j lists cannot hold null). */
  date: z.string(),
});
export type GraphEvidence = z.infer<typeof GraphEvidenceSchema>;

export const GraphRelSchema = z.object({
  type: RelTypeSchema,
  from: z.string(),
  to: z.string(),
  /** Tells apart relationships of one type between the same nodes (e.g. one signing per event). */
  key: z.string(),
  props: z.record(z.string(), z.union([z.string(), z.null()])),
  evidence: z.array(GraphEvidenceSchema),
});
export type GraphRel = z.infer<typeof GraphRelSchema>;

export interface ArticleGraph {
  articleId: string;
  nodes: GraphNode[];
  rels: GraphRel[];
}

/**
 * Structural relationships (an organisation is in its province, a role is at its organisation)
 * are restated by every article that names them; their evidence keeps the first few sentences
 * rather than thousands of copies. Event relationships keep every sentence.
 */
export const STRUCTURAL_EVIDENCE_CAP = 5;
export const UNCAPPED = 1_000_000_000;
export function evidenceCap(type: RelType): number {
  return type === "BASED_IN" || type === "IN_COUNTRY" || type === "ROLE_AT" ? STRUCTURAL_EVIDENCE_CAP : UNCAPPED;
}

/**
 * A relationship's id, TYPE|from|to|key: the embedded store's edge key, the relId the API and
 * relations.cypher give, and what a `reject` curation names.
 */
export const relId = (r: { type: string; from: string; to: string; key: string }) => `${r.type}|${r.from}|${r.to}|${r.key}`;

/**
 * The parts of a relId: TYPE, from and to hold no "|"; the key is the rest and may hold some (a
 * signing's key is document|event, so a SIGNED_WITH relId has five "|"-separated fields).
 */
export function parseRelId(id: string): { type: string; from: string; to: string; key: string } | null {
  const m = /^([A-Z_]+)\|([^|]+)\|([^|]+)\|(.*)$/su.exec(id);
  return m ? { type: m[1]!, from: m[2]!, to: m[3]!, key: m[4]! } : null;
}

/** The relationship properties both stores keep, in this order. */
export const REL_SCALAR_PROPS = ["document", "period", "event", "asOf"] as const;
