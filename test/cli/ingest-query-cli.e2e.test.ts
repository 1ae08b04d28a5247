// `kg ingest` and `kg query` as a user runs them, on the embedded store (and on Neo4j when set).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "kg-cli-ingest-"));
const env = { ...process.env, KG_DATA: join(dir, "graph.json"), NEO4J_URI: "" };
const kg = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
  spawnSync(tsx, [join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8", env: { ...env, ...extraEnv } });

describe("kg ingest and kg query on the embedded store", () => {
  it("ingests the sample corpus with a summary, and a second run adds nothing", () => {
    const broken = join(dir, "broken.txt");
    writeFileSync(broken, Buffer.from([0, 1, 2, 3]));
    const first = kg(["ingest", "data/sample/articles", broken, "--store", "memory"]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/articles: 5 new, 0 unchanged, 1 failed/);
    expect(first.stdout).toMatch(/failed: read .*broken\.txt: the file looks binary/);
    const second = kg(["ingest", "data/sample/articles"]);
    expect(second.stdout).toMatch(/articles: 0 new, 5 unchanged, 0 failed/);
    expect(second.stdout).toMatch(/added: 0 nodes, 0 relationships/);
  });

  it("kg query relations shows each relationship's whole relId, the one kg curate reject takes", () => {
    const r = kg(["query", "relations", "--param", "id=org:propaganda:vn-dien-bien"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(kg(["query", "relations", "--param", "id=org:propaganda:vn-dien-bien", "--format", "json"]).stdout) as Array<{ type: string; relId: string }>;
    const signing = json.find((x) => x.type === "SIGNED_WITH")!.relId;
    expect(signing.split("|")).toHaveLength(5);
    expect(r.stdout.split("\n")[0]).toMatch(/relId$/);
    expect(r.stdout).toContain(signing);
  });

  it("kg ask: how two places are connected, by their names", () => {
    const r = kg(["ask", "how are dien bien and Luang Prabang connected", "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Ban Tuyên giáo Tỉnh ủy Điện Biên/);
    expect(r.stdout).toMatch(/Luông Pha Băng/);
    expect(r.stdout).not.toMatch(/no rows/);
  });

  it.each([
    ["Sơn La đã ký với những tỉnh nào của Lào?", "vi", /Hiểu là: các bên ký kết với Sơn La, đối tác ở Lào/],
    ["which Lao provinces has son la signed with", "en", /Understood as: who signed with Son La, partners in Laos/],
  ])("kg ask %s answers Hủa Phăn with the quote", (question, lang, understood) => {
    const r = kg(["ask", question, "--lang", lang]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(understood);
    expect(r.stderr).toMatch(/query: kg query partners --param province="Sơn La" --param country="LA"/);
    expect(r.stdout).toMatch(/Hủa Phăn/);
    expect(r.stdout).toMatch(/ký kết biên bản ghi nhớ/);
    const json = JSON.parse(kg(["ask", question, "--format", "json"]).stdout);
    expect(json.rows.map((x: { partnerProvince: string }) => x.partnerProvince)).toEqual(["Hủa Phăn"]);
  });

  it.each([
    ["Sơn La đã ký với những tỉnh nào của Lào?", "vi", ["Nước đối tác", "Lào", "4/6, năm không rõ"]],
    ["which Lao provinces has son la signed with", "en", ["Partner country", "Laos", "4 June, year unknown"]],
    ["Ai dẫn đầu các đoàn của Điện Biên?", "vi", ["Trưởng đoàn", "Ngày"]],
  ])("kg ask %s names its rows in words: no ids, no country codes, no ISO dates", (question, lang, words) => {
    const r = kg(["ask", question, "--lang", lang as string]);
    expect(r.status).toBe(0);
    const table = r.stdout.split(/\n(?:Trích dẫn|Evidence):/)[0]!;
    for (const w of words as string[]) expect(table).toContain(w);
    expect(table).not.toMatch(/\b(?:event|person|org|province):[a-z]/);
    expect(table).not.toMatch(/--\d{2}-\d{2}|\d{4}-\d{2}-\d{2}/);
    expect(table).not.toMatch(/(?<![\p{L}])LA(?![\p{L}])/u);
  });

  it("kg ask: who holds a title, the latest holder first", () => {
    const r = kg(["ask", "Trưởng Ban Tuyên giáo Tỉnh ủy Sơn La là ai?"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Hiểu là: ai giữ chức Trưởng ban Tuyên giáo ở Sơn La/);
    expect(r.stderr).toMatch(/query: kg query holders --param title="Trưởng ban" --param kind="propaganda" --param province="Sơn La"/);
    expect(r.stdout).toMatch(/Đinh Thị Bích Thảo/);
  });

  it("kg ask asks back about Viêng Chăn and lists what can be asked for a question it cannot map", () => {
    const twice = kg(["ask", "Viêng Chăn đã ký với ai?"]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/tỉnh Viêng Chăn.*Thủ đô Viêng Chăn/);
    const outside = kg(["ask", "Thời tiết hôm nay thế nào?"]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/Có thể hỏi/);
  });

  it("KG_DATA naming a directory, or an unreachable Neo4j, gives one clear line and no stack trace", () => {
    const onDir = kg(["query", "stats"], { KG_DATA: dir });
    expect(onDir.status).toBe(1);
    expect(onDir.stderr).toMatch(/kg: open the embedded store: .* is a directory; KG_DATA names the data file/);
    expect(onDir.stderr).not.toMatch(/\n\s+at /);
    const noNeo4j = kg(["query", "stats", "--store", "neo4j"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(noNeo4j.status).toBe(1);
    expect(noNeo4j.stderr).toMatch(/kg: connect to Neo4j/);
    expect(noNeo4j.stderr).not.toMatch(/\n\s+at /);
  });

  it("answers partners for Sơn La in Laos with Hủa Phăn and the quote, as JSON and CSV", () => {
    const json = JSON.parse(
      execFileSync(tsx, [join(root, "src/cli/main.ts"), "query", "partners", "--param", "province=Sơn La", "--param", "country=LA", "--format", "json"], {
        cwd: root,
        encoding: "utf8",
        env,
      }),
    );
    expect(json).toHaveLength(1);
    expect(json[0].partnerProvince).toBe("Hủa Phăn");
    expect(json[0].quotes[0]).toMatch(/ký kết biên bản ghi nhớ/);
    const csv = kg(["query", "partners", "--param", "province=son la", "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^organization,organizationId,partner/);
    expect(csv.stdout).toContain("Hủa Phăn");
  });

  it("writes a report and an export to files", () => {
    const csv = join(dir, "agreements.csv");
    const r = kg(["report", "agreements", "--param", "province=Điện Biên", "--format", "csv", "--out", csv]);
    expect(r.status).toBe(0);
    expect(readFileSync(csv, "utf8").trim().split("\r\n")).toHaveLength(4);
    const graphml = join(dir, "graph.graphml");
    expect(kg(["export", "--format", "graphml", "--out", graphml]).status).toBe(0);
    expect(readFileSync(graphml, "utf8")).toMatch(/<graphml[\s\S]*<node id="province:vn-son-la">/);
    expect(kg(["report"]).stdout).toMatch(/delegations-register/);
  });

  it("rejects an invalid parameter with the reason and a non-zero exit", () => {
    const r = kg(["query", "partners", "--param", "province="]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/province must not be empty/);
  });

  it("says once, naming the URI, that Neo4j is unreachable", () => {
    const r = kg(["query", "stats", "--store", "neo4j"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/connect to Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
