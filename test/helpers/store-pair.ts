// The embedded store and the real Neo4j side by side, for the tests that compare their answers
// (parity, the export round trip): the same setup, lock and comparison in one place.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { Neo4jStore, type Neo4jConfig } from "../../src/graph/neo4j/neo4j-store";
import { prepareParams } from "../../src/graph/queries/catalogue";
import type { Row } from "../../src/graph/store";
import { lockNeo4j } from "./neo4j";
import { cases, definitionOf, type Case } from "./parity-cases";

export interface StorePair {
  mem: MemoryStore;
  neo(): Neo4jStore;
  /** The parameter sets of every query and report, taken from the filled embedded store. */
  cases(): Case[];
}

/** Registers beforeAll/afterAll: lock Neo4j for this file, empty it, `fill` both stores; clear after. */
export function storePair(config: Neo4jConfig, fill: (mem: MemoryStore, neo: Neo4jStore) => Promise<void>): StorePair {
  let unlock: (() => Promise<void>) | undefined;
  let neo: Neo4jStore | undefined;
  let all: Case[] = [];
  const mem = MemoryStore.open({ file: null, write: false });
  beforeAll(async () => {
    unlock = await lockNeo4j();
    neo = await Neo4jStore.connect(config);
    await neo.clear();
    await fill(mem, neo);
    all = await cases(mem);
  }, 300_000);
  afterAll(async () => {
    await neo?.clear();
    await neo?.close();
    await unlock?.();
  });
  return { mem, neo: () => neo!, cases: () => all };
}

/** Every case answered by both stores, rows parsed by the query's schema, must be equal. Returns how many were not empty. */
export async function expectSameAnswers(mem: MemoryStore, neo: Neo4jStore, all: readonly Case[]): Promise<number> {
  let nonEmpty = 0;
  for (const [name, raw] of all) {
    const q = definitionOf(name);
    const params = prepareParams(q, raw);
    const [a, b] = await Promise.all([mem.run(name, params), neo.run(name, params)]);
    const parse = (rows: Row[]) => rows.map((r) => q.row.parse(r));
    expect({ name, raw, rows: parse(b) }).toEqual({ name, raw, rows: parse(a) });
    if (a.length) nonEmpty++;
  }
  return nonEmpty;
}
