// Lint rules: typescript-eslint's recommended set, type-only imports kept apart, no focused tests.
import js from "@eslint/js";
import jest from "eslint-plugin-jest";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "web/dist/", "neo4j-local/", "coverage/", "test-artifacts/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  {
    // the graph and the shared text/reference modules never depend on the ingest layer
    files: ["src/graph/**/*.ts", "src/text/**/*.ts", "src/reference/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/ingest/**", "**/ingest"], message: "src/graph, src/text and src/reference must not import src/ingest; shared text utilities live in src/text, the gazetteer in src/reference." }] }],
    },
  },
  {
    files: ["test/**/*.ts"],
    plugins: { jest },
    rules: { "jest/no-focused-tests": "error", "jest/no-disabled-tests": "off" },
  },
  { files: ["scripts/**/*.mjs"], languageOptions: { globals: { console: "readonly", process: "readonly" } } },
  { files: ["**/*.js", "**/*.cjs"], languageOptions: { globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" } }, rules: { "@typescript-eslint/no-require-imports": "off" } },
);
