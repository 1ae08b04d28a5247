// The --store option every graph command shares, and opening the chosen store.
import { Option } from "commander";
import { defaultStoreKind, openStore, storeEnv, type StoreKind } from "../graph/open-store";
import type { CuratedStore } from "../graph/curation/curated-store";

export const storeOption = () =>
  new Option("--store <kind>", "memory (embedded, file KG_DATA) or neo4j (NEO4J_URI); default: neo4j when NEO4J_URI is set").choices(["memory", "neo4j"]);

export async function openFromOptions(kind: StoreKind | undefined, write: boolean): Promise<CuratedStore> {
  const env = storeEnv();
  const store = await openStore(kind ?? defaultStoreKind(env), env, { write });
  for (const notice of store.notices ?? []) process.stderr.write(`warning: ${notice}\n`);
  return store;
}
