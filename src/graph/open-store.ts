// Chooses and opens the store: Neo4j when asked or when NEO4J_URI is set, else the embedded one.
import { userInfo } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { InvalidArgumentsError } from "./errors";
import { MemoryStore } from "./memory/memory-store";
import { Neo4jStore } from "./neo4j/neo4j-store";
import type { GraphStore } from "./store";
import { CuratedStore } from "./curation/curated-store";
import { defaultCurationsFile } from "./curation/curations-file";
import { PROJECT_ROOT } from "../project-root";

export const StoreKindSchema = z.enum(["memory", "neo4j"]);
export type StoreKind = z.infer<typeof StoreKindSchema>;

export const StoreEnvSchema = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default("password"),
  NEO4J_DATABASE: z.string().min(1).optional(),
  KG_DATA: z.string().min(1).optional(),
  /** The analysts' curations (JSON Lines); default: curations.jsonl next to the embedded store's file. */
  KG_CURATIONS: z.string().min(1).optional(),
  /** Who makes curations from this machine (the CLI); default: the login name. */
  KG_USER: z.string().min(1).max(200).optional(),
});
export type StoreEnv = z.infer<typeof StoreEnvSchema>;

export const DEFAULT_DATA_FILE = join(PROJECT_ROOT, "data", "store", "graph.json");

export function storeEnv(env: NodeJS.ProcessEnv = process.env): StoreEnv {
  // an empty variable means unset (NEO4J_URI= npm start)
  const parsed = StoreEnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success)
    throw new InvalidArgumentsError(`read the environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

export function defaultStoreKind(env: StoreEnv): StoreKind {
  return env.NEO4J_URI ? "neo4j" : "memory";
}

function openRaw(kind: StoreKind, env: StoreEnv, opts: { write: boolean }): Promise<GraphStore> | GraphStore {
  if (kind === "memory") return MemoryStore.open({ file: dataFileOf(env), write: opts.write });
  if (!env.NEO4J_URI)
    throw new InvalidArgumentsError("open the Neo4j store: NEO4J_URI is not set; e.g. NEO4J_URI=bolt://127.0.0.1:7687 (start one with npm run neo4j:local)");
  return Neo4jStore.connect({ uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
}

/** The embedded store's file: KG_DATA, else data/store/graph.json. */
export function dataFileOf(env: StoreEnv): string {
  return env.KG_DATA ?? DEFAULT_DATA_FILE;
}

export function curationsFile(env: StoreEnv): string {
  return env.KG_CURATIONS ?? defaultCurationsFile(dataFileOf(env));
}

function loginName(): string {
  try {
    return userInfo().username || "analyst";
  } catch {
    return "analyst";
  }
}

/** The store with the analysts' curations applied to every ingest (src/graph/curation). */
export async function openStore(kind: StoreKind, env: StoreEnv, opts: { write: boolean }): Promise<CuratedStore> {
  const inner = await openRaw(kind, env, opts);
  try {
    return new CuratedStore(inner, { file: curationsFile(env), user: env.KG_USER ?? loginName() });
  } catch (e) {
    await inner.close();
    throw e;
  }
}
