// Access to the real Neo4j for *.int.test.ts: NEO4J_URI from the environment (.ci/run starts the
// local launcher). Without it the tests say loudly that they skip; under CI=true they fail.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import type { Neo4jConfig } from "../../src/graph/neo4j/neo4j-store";

export function neo4jConfig(): Neo4jConfig | null {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    if (process.env.CI === "true") throw new Error("CI=true but NEO4J_URI is not set: the Neo4j tests must run in CI (.ci/run starts Neo4j)");
    return null;
  }
  return { uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "password", database: process.env.NEO4J_DATABASE };
}

/** describe() when Neo4j is configured, else a loud skip. */
export function describeNeo4j(name: string, fn: (config: Neo4jConfig) => void): void {
  const config = neo4jConfig();
  if (!config) {
    console.warn(`\n⚠️  SKIPPED (no Neo4j): "${name}". Set NEO4J_URI (e.g. start one with npm run neo4j:local) to run it.\n`);
    describe.skip(name, () => fn({ uri: "", user: "", password: "" }));
    return;
  }
  describe(name, () => fn(config));
}

/** Test files share one Neo4j database: each takes this lock for its whole run. */
export async function lockNeo4j(): Promise<() => Promise<void>> {
  const dir = join(tmpdir(), "kg-neo4j-test-lock");
  mkdirSync(dir, { recursive: true });
  // the holder refreshes the lock every 5 s: a lock untouched for 60 s belongs to a run that was killed
  return lockfile.lock(dir, { realpath: false, stale: 60_000, update: 5_000, retries: { retries: 1200, minTimeout: 250, maxTimeout: 1000 } });
}
