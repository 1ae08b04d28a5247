// The extraction worker's entry: a plain CommonJS file, so that Piscina can start it in any Node
// process (the server under tsx, the tests under Jest). It registers tsx for the worker's own
// thread and exports one function: an article in, its graph out.
require("tsx/cjs/api").register();
const { toArticleGraph } = require("../ingest-files.ts");

module.exports = function extractInWorker(input) {
  return toArticleGraph(input);
};
