// `npm run build`: the production bundle. TypeScript compiled to dist/ (dist/src/server/main.js
// is the server, dist/src/cli/main.js the kg command), the extraction worker's entry copied beside
// its module, and the explorer built into web/dist. Run it with `npm run start:prod`.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
rmSync(join(root, "dist"), { recursive: true, force: true });
run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
const worker = join("src", "ingest", "worker", "extract-worker.cjs");
mkdirSync(dirname(join(root, "dist", worker)), { recursive: true });
copyFileSync(join(root, worker), join(root, "dist", worker));
// --no-web: the server alone (the tests build the explorer themselves, and must not race it)
if (!process.argv.includes("--no-web")) run("npm", ["run", "--silent", "build:web"]);
process.stdout.write("built dist/ and web/dist: start with npm run start:prod (node dist/src/server/main.js)\n");
