// `kg curate` while `npm start` runs on the embedded store: the server is the store's only writer,
// so the command sends the correction to it (the address the server wrote into the store's lock)
// and prints what the server did; a wrong token is explained. Real processes, real HTTP.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "kg-cli-curate-"));
const data = join(dir, "graph.json");
const env = { ...process.env, KG_DATA: data, NEO4J_URI: "", KG_API_TOKEN: "s3cret", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" };
const kg = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(tsx, [join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8", env: { ...env, ...extra } });

describe("kg curate beside a running server", () => {
  let server: ChildProcess;
  let url = "";

  beforeAll(async () => {
    server = spawn(tsx, [join(root, "src/server/main.ts")], { cwd: root, env, stdio: "ignore" });
    const lock = `${data}.lock`;
    for (let i = 0; i < 240 && !url; i++) {
      await new Promise((r) => setTimeout(r, 250));
      if (existsSync(lock)) url = (JSON.parse(readFileSync(lock, "utf8")) as { url?: string }).url ?? "";
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }, 90_000);

  afterAll(() => {
    server?.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  });

  it("rejects a signing through the server, and undoes it", async () => {
    const rows = ((await (await fetch(`${url}/api/queries/relations?id=org:propaganda:vn-dien-bien`)).json()) as { rows: Array<{ type: string; relId: string }> }).rows;
    const rel = rows.find((r) => r.type === "SIGNED_WITH")!.relId;
    const count = async () => ((await (await fetch(`${url}/api/queries/relations?id=org:propaganda:vn-dien-bien`)).json()) as { rows: unknown[] }).rows.length;
    const before = await count();

    const reject = kg(["curate", "reject", rel, "--note", "không ký tại sự kiện này"]);
    expect(reject.stderr).toBe("");
    expect(reject.status).toBe(0);
    expect(reject.stdout).toMatch(new RegExp(`relationship ${rel.replace(/[|.]/g, "\\$&")} hidden \\(sent to the running server at ${url.replace(/[.]/g, "\\.")}\\)`));
    expect(await count()).toBe(before - 1);
    const id = /curation (c-[a-z0-9]+)/.exec(reject.stdout)![1]!;

    const undo = kg(["curate", "undo", id]);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toMatch(/undone \(sent to the running server/);
    expect(await count()).toBe(before);
  });

  it("merges two people after rejecting the other's wrong role (--drop-role), through the server", async () => {
    const rel = async (id: string) =>
      ((await (await fetch(`${url}/api/queries/relations?id=${encodeURIComponent(id)}`)).json()) as { rows: Array<{ type: string; otherId: string }> }).rows;
    const people = ((await (await fetch(`${url}/api/queries/search?q=a&label=Person&limit=50`)).json()) as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
    const other = "person:nguyenducvuong";
    const keep = people.find((p) => p !== other)!;
    const wrong = (await rel(other)).find((r) => r.type === "HOLDS_ROLE")!.otherId;
    const r = kg(["curate", "merge", keep, other, "--drop-role", wrong, "--note", "một người"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/relationship HOLDS_ROLE\|person:nguyenducvuong\|.* hidden/);
    expect(r.stdout).toMatch(new RegExp(`person:nguyenducvuong merged into ${keep}`));
    const kept = await rel(keep);
    expect(kept.some((x) => x.type === "HOLDS_ROLE" && x.otherId === wrong)).toBe(false);
    // a role the person does not hold is refused before anything is written
    const found = async (q: string) =>
      ((await (await fetch(`${url}/api/queries/search?q=${q}&label=Person&limit=50`)).json()) as { rows: Array<{ id: string }> }).rows.map((x) => x.id);
    const third = [...(await found("nguyen")), ...(await found("van"))].find((p) => p !== keep && p !== other);
    expect(third).toBeDefined();
    const refused = kg(["curate", "merge", keep, third!, "--drop-role", "role:none"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/holds no role role:none/);
  });

  it("says to set the server's token when it is missing or wrong", () => {
    const r = kg(["curate", "rename", "province:la-houaphanh", "Hủa Phăn (Sầm Nưa)"], { KG_API_TOKEN: "sai" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/wants its token: set KG_API_TOKEN to the server's token/);
  });
});
