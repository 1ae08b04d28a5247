// Jest global setup: says once, before any test runs, that the Neo4j tests will be skipped when no
// Neo4j is configured (Jest hides the output of suites that are skipped whole).
const { readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

function intTests(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? intTests(p) : /\.int\.test\.ts$/.test(f) ? [p] : [];
  });
}

module.exports = async function neo4jSkipNotice() {
  if (process.env.NEO4J_URI) return;
  const files = intTests(join(__dirname, ".."));
  const line = "=".repeat(78);
  process.stderr.write(
    `\n${line}\n⚠️  NEO4J_URI is not set: the ${files.length} Neo4j test files (*.int.test.ts) will ${process.env.CI === "true" ? "FAIL (CI=true)" : "be SKIPPED"}.\n` +
      `   Start Neo4j (npm run neo4j:local, or docker compose up neo4j) and set NEO4J_URI=bolt://127.0.0.1:7687 to run them.\n` +
      `   Under CI=true they fail instead of skipping.\n${line}\n\n`,
  );
};
