/** Jest runs every tier the machine can run; Neo4j tests skip loudly when no Neo4j is reachable. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/helpers/neo4j-skip-notice.js",
};
