// The extraction worker's entry: a plain CommonJS file, so that Piscina can start it in any Node
// process (the server under tsx, the tests under Jest, the compiled server of npm run build). It
// loads the compiled module when there is one beside it (dist/), else registers tsx for the
// worker's own thread and loads the TypeScript. It exports one function: an article in, its graph out.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const compiled = join(__dirname, "..", "ingest-files.js");
let toArticleGraph;
if (existsSync(compiled)) ({ toArticleGraph } = require(compiled));
else {
  require("tsx/cjs/api").register();
  ({ toArticleGraph } = require("../ingest-files.ts"));
}

module.exports = function extractInWorker(input) {
  return toArticleGraph(input);
};
