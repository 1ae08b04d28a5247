// Analysts' corrections of the graph, kept apart from the extracted facts: one JSON object per
// line of the curations file (KG_CURATIONS). The file only grows; undo is a record too.
import { z } from "zod";
import { parseRelId, RelTypeSchema } from "../graph-model";
import { DocumentKindSchema, PartialDateSchema, RelationTypeSchema } from "../model";

const NodeId = z.string().min(1).max(300);
/** A relationship as the API and the explorer name it: TYPE|from|to|key (the key may hold "|": a signing's is document|event). */
export const RelIdSchema = z
  .string()
  .max(1000)
  .refine((s) => {
    const r = parseRelId(s);
    return !!r && RelTypeSchema.safeParse(r.type).success;
  }, "expected TYPE|from|to|key, the relId the API and kg query relations give each relationship");

/** Node properties an analyst may set; names, ids and search keys change through rename and merge. */
export const SETTABLE_KEYS = ["country", "english", "kind", "level", "title", "date", "endDate", "validTo", "mergedInto"] as const;

const common = {
  id: z.string().regex(/^c-[a-z0-9]{4,40}$/, "expected c-… as kg curate gives"),
  at: z.string().min(1),
  by: z.string().min(1).max(200),
  note: z.string().max(4000).nullable(),
};

export const CurationSchema = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("merge"),
    ...common,
    keep: NodeId,
    other: NodeId,
    /** KEEP's name and OTHER's names when the merge was made: the merged node's name and aliases. */
    keepName: z.string().min(1),
    otherNames: z.array(z.string()),
  }),
  z.object({
    op: z.literal("split"),
    ...common,
    node: NodeId,
    /** The articles whose mentions are another entity. */
    articles: z.array(z.string().min(1)).min(1),
    newId: NodeId,
    name: z.string().min(1),
  }),
  z.object({ op: z.literal("rename"), ...common, node: NodeId, name: z.string().min(1).max(300), previous: z.string() }),
  z.object({ op: z.literal("set"), ...common, node: NodeId, key: z.enum(SETTABLE_KEYS), value: z.string().max(300).nullable() }),
  z.object({ op: z.literal("reject"), ...common, rel: RelIdSchema }),
  z.object({
    op: z.literal("add"),
    ...common,
    type: RelationTypeSchema,
    from: NodeId,
    to: NodeId,
    document: DocumentKindSchema.nullable(),
    date: PartialDateSchema.nullable(),
  }),
  z.object({ op: z.literal("undo"), ...common, target: z.string().min(1) }),
]);
export type Curation = z.infer<typeof CurationSchema>;
export type CurationOp = Curation["op"];

/** What `kg curate` and POST /api/curations are asked to do, before the store fills in names. */
export const CurationRequestSchema = z.discriminatedUnion("op", [
  z
    .object({
      op: z.literal("merge"),
      keep: NodeId,
      other: NodeId,
      /** Roles OTHER holds wrongly (the misread role that gave it another country): rejected, then the merge. */
      dropRoles: z.array(NodeId).max(50).optional(),
      note: z.string().max(4000).optional(),
    })
    .refine((r) => r.keep !== r.other, { message: "keep and other are the same entity; nothing to merge", path: ["other"] }),
  z.object({
    op: z.literal("split"),
    node: NodeId,
    articles: z.array(z.string().min(1)).min(1),
    name: z.string().min(1).max(300).optional(),
    note: z.string().max(4000).optional(),
  }),
  z.object({ op: z.literal("rename"), node: NodeId, name: z.string().trim().min(1).max(300), note: z.string().max(4000).optional() }),
  z.object({ op: z.literal("set"), node: NodeId, key: z.enum(SETTABLE_KEYS), value: z.string().max(300).nullable(), note: z.string().max(4000).optional() }),
  z.object({ op: z.literal("reject"), rel: RelIdSchema, note: z.string().max(4000).optional() }),
  z.object({
    op: z.literal("add"),
    type: RelationTypeSchema,
    from: NodeId,
    to: NodeId,
    document: DocumentKindSchema.optional(),
    date: PartialDateSchema.optional(),
    note: z.string().trim().min(1, "an added relationship needs a note: it is the fact's evidence").max(4000),
  }).refine((r) => r.from !== r.to, { message: "a relationship from an entity to itself (an organisation signing with itself) is no fact", path: ["to"] }),
  z.object({ op: z.literal("undo"), target: z.string().min(1), note: z.string().max(4000).optional() }),
]);
export type CurationRequest = z.infer<typeof CurationRequestSchema>;

/** A curation as `kg curate list` and GET /api/curations show it. */
export interface CurationStatus {
  curation: Curation;
  /** undone: a later undo names it; stale: it names an id the graph no longer has. */
  state: "active" | "undone" | "stale";
  problem: string | null;
}
