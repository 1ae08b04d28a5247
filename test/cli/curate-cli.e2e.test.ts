// `kg curate` as an analyst runs it on the embedded store: merge with a note, list (table and
// JSON), undo, the curations file beside the store with who made each, a stale curation after the
// store is deleted and rebuilt from other articles, and a malformed file refused with its line.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "kg-cli-curate-"));
const env = { ...process.env, KG_DATA: join(dir, "graph.json"), KG_USER: "Lan", NEO4J_URI: "", KG_CURATIONS: "" };
const kg = (args: string[]) => spawnSync(tsx, [join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8", env });
const file = join(dir, "curations.jsonl");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kg curate on the embedded store", () => {
  let keep = "";
  let other = "";
  let id = "";

  it("merges two people with a note; the file beside the store says who and why", () => {
    expect(kg(["ingest", "data/sample/articles"]).status).toBe(0);
    const leaders = JSON.parse(kg(["query", "delegations", "--format", "json"]).stdout) as Array<{ leaderId: string }>;
    const people = [...new Set(leaders.map((l) => l.leaderId))];
    expect(people.length).toBeGreaterThanOrEqual(2);
    [keep, other] = [people[0]!, people[1]!];
    const r = kg(["curate", "merge", keep, other, "--note", "một người, hai cách viết"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    id = /curation (c-[a-z0-9]+):/.exec(r.stdout)?.[1] ?? "";
    expect(r.stdout).toContain(`${other} merged into ${keep}`);
    expect(r.stdout).toContain(`undo with: kg curate undo ${id}`);
    const line = JSON.parse(readFileSync(file, "utf8").trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ id, op: "merge", keep, other, by: "Lan", note: "một người, hai cách viết" });
    expect(kg(["query", "entity", "--param", `id=${other}`, "--format", "json"]).stdout.trim()).toBe("[]");
  });

  it("lists it, as a table and as JSON", () => {
    const table = kg(["curate", "list"]);
    expect(table.stdout).toMatch(new RegExp(`${id}\\s+active\\s+.*Lan\\s+${other} merged into ${keep}\\s+note: một người`));
    const json = JSON.parse(kg(["curate", "list", "--format", "json"]).stdout) as Array<{ state: string; curation: { id: string } }>;
    expect(json.map((s) => [s.curation.id, s.state])).toEqual([[id, "active"]]);
  });

  it("undoes it: the other person is back", () => {
    const r = kg(["curate", "undo", id]);
    expect(r.status).toBe(0);
    expect(JSON.parse(kg(["query", "entity", "--param", `id=${other}`, "--format", "json"]).stdout)).toHaveLength(1);
    expect(kg(["curate", "list"]).stdout).toMatch(new RegExp(`${id}\\s+undone`));
  });

  it("refuses an unknown id and a malformed file with a one-line message and exit code 1", () => {
    const unknown = kg(["curate", "rename", "person:nobody", "X"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe("kg: curate: no entity with the id person:nobody (the entity to rename); find ids with kg query search --param q=…");
    appendFileSync(file, '{"op":"merge","id":"c-broken"\n');
    const broken = kg(["curate", "list"]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^kg: read the curations file .*curations\.jsonl, line 3: not JSON/);
  });
});
