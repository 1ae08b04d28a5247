// The domain model: zod schemas for the extraction contract (../EXTRACTION-CONTRACT) and the graph.
// Every domain type in the project is inferred from a schema here.
import { z } from "zod";

export const ENTITY_TYPES = ["Person", "Role", "Organization", "Province", "Country", "Event"] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const RELATION_TYPES = [
  "BASED_IN",
  "IN_COUNTRY",
  "HOLDS_ROLE",
  "ROLE_AT",
  "LED_DELEGATION",
  "PARTICIPATED_IN",
  "HOSTED",
  "HELD_IN",
  "SIGNED_WITH",
  "ATTENDED",
] as const;
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const DOCUMENT_KINDS = ["mou", "cooperation_programme", "agreement", "minutes", "other"] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const EVENT_KINDS = ["talks", "signing", "conference", "working_visit", "reception", "meeting"] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

/** ISO date, year-month, or --MM-DD when the text gives no year. */
export const PartialDateSchema = z.string().regex(/^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})$/, "expected YYYY-MM-DD, YYYY-MM or --MM-DD");

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166 alpha-2 code");
export const OrgLevelSchema = z.enum(["central", "provincial", "district"]);

const props = z.record(z.string(), z.unknown());

export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  properties: props,
});
export type Entity = z.infer<typeof EntitySchema>;

export const RelationSchema = z.object({
  type: RelationTypeSchema,
  from: z.string().min(1),
  to: z.string().min(1),
  properties: props,
  evidence: z.array(EvidenceSchema),
});
export type Relation = z.infer<typeof RelationSchema>;

export const ArticleMetaSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  title: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  url: z.string().nullable().optional(),
  text: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ExtractionSchema = z.object({
  article: ArticleMetaSchema,
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

export const ExtractionErrorSchema = z.object({
  article: z.object({ source: z.string() }),
  error: z.string().min(1),
});
export type ExtractionError = z.infer<typeof ExtractionErrorSchema>;

/** One line of `kg extract --format jsonl`: a document or an error for that input. */
export const ExtractionLineSchema = z.union([ExtractionSchema, ExtractionErrorSchema]);
export type ExtractionLine = z.infer<typeof ExtractionLineSchema>;
