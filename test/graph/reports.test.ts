// Reports on the sample corpus, checked against facts read by hand from the five articles, and
// rendered in each format.
import { makeReport } from "../../src/graph/make-report";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { getReport, prepareParams } from "../../src/graph/queries/catalogue";
import { sampleGraphs } from "../helpers/corpus";
import { renderReport, safeUrl } from "../../src/graph/format/report-render";

const store = MemoryStore.open({ file: null, write: false });
const run = (name: string, raw: Record<string, string> = {}) => store.run(name, prepareParams(getReport(name), raw));

beforeAll(async () => {
  await store.ingest(sampleGraphs());
});

describe("reports on the sample corpus", () => {
  it("agreements: the three Điện Biên memoranda of June 2019, and the two 2024-2025 programmes", async () => {
    const db = await run("agreements", { province: "Điện Biên" });
    expect(db.map((r) => [r.provinceB, r.document, r.date])).toEqual([
      ["Luông Pha Băng", "mou", "2019-06-04"],
      ["Phông Sa Lỳ", "mou", "2019-06-04"],
      ["U Đôm Xay", "mou", "2019-06-04"],
    ]);
    const programmes = (await run("agreements", { document: "cooperation_programme" })).map((r) => [[r.provinceA, r.provinceB].sort().join(" + "), r.period]);
    expect(programmes.sort()).toEqual([
      ["Lào Cai + Yên Bái", "2024-2025"],
      ["Sơn La + Đà Nẵng", "2024-2025"],
    ]);
    expect(db[0]!.articleTitles).toEqual(["data/sample/articles/001_03c48ab9ca1c8f2f.txt"]);
  });

  it("matrix: Sơn La × Hủa Phăn has one signing and one visit", async () => {
    const rows = await run("matrix", { country: "LA" });
    expect(rows).toContainEqual({ vnProvince: "Sơn La", foreignProvince: "Hủa Phăn", foreignCountry: "LA", signings: 1, visits: 1 });
    expect(rows.filter((r) => r.vnProvince === "Điện Biên")).toHaveLength(3);
  });

  it("delegations-register: Bùi Trường Giang led the central survey team to Lạng Sơn on 31/10/2018 as deputy head", async () => {
    const rows = await run("delegations-register");
    const giang = rows.find((r) => r.leader === "Bùi Trường Giang");
    expect(giang).toMatchObject({ date: "2018-10-31", organization: "Ban Tuyên giáo Trung ương", destination: ["Tỉnh ủy Lạng Sơn"] });
    expect(giang?.roles).toEqual(["Phó Trưởng ban, Ban Tuyên giáo Trung ương"]);
    expect(rows).toHaveLength(4);
  });

  it("people: Đinh Thị Bích Thảo's titles, each with the dates the sources give", async () => {
    const rows = await run("people", { person: "Đinh Thị Bích Thảo" });
    const titles = rows.map((r) => `${String(r.title)} @ ${String(r.organization)}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Trưởng ban @ Ban Tuyên giáo Tỉnh ủy Sơn La",
        "Ủy viên Ban Thường vụ @ Tỉnh ủy Sơn La",
        "Phó Trưởng ban Thường trực @ Ban Chỉ đạo 35 Tỉnh ủy Sơn La",
      ]),
    );
    const head = rows.find((r) => r.title === "Trưởng ban");
    expect([head?.firstSeen, head?.lastSeen]).toEqual(["--06-04", "--10-02"]);
    expect(head?.articles).toBe(2);
  });

  it("activity: Điện Biên in 2019, Lạng Sơn in 2018, undated events under no year", async () => {
    const rows = await run("activity");
    expect(rows).toContainEqual({ year: 2019, province: "Điện Biên", country: "VN", events: 1, signings: 1 });
    expect(rows).toContainEqual({ year: 2018, province: "Lạng Sơn", country: "VN", events: 1, signings: 0 });
    expect(rows.filter((r) => r.year === null).map((r) => r.province)).toEqual(expect.arrayContaining(["Sơn La", "Yên Bái", "Lào Cai"]));
  });
});

describe("report rendering", () => {
  const now = new Date("2026-01-02T03:04:00Z");

  it("HTML is one self-contained file with the tables, parameters, date and sources", async () => {
    const html = await makeReport(store, "agreements", { province: "Điện Biên" }, "html", now);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h1>Danh mục văn bản đã ký (Register of agreements)</h1>");
    expect(html).toContain("province=Điện Biên");
    expect(html).toContain("2026-01-02 03:04 UTC");
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|<link|src=/);
    // Vietnamese headers and values, the source named by its file, never by a path on the machine
    expect(html).toContain("<th>Bên A</th>");
    expect(html).toContain("<th>Văn bản</th>");
    expect(html).toContain("Biên bản ghi nhớ (MoU)");
    expect(html).toContain("4/6/2019");
    expect(html).toContain("001_03c48ab9ca1c8f2f.txt");
    expect(html).not.toContain("data/sample/articles/");
  });

  it("links every source: its own URL, else the API's article view", async () => {
    const html = await makeReport(store, "agreements", { province: "Điện Biên" }, "html", now, "https://kg.example/api/articles/");
    expect(html).toMatch(/<a href="https:\/\/kg\.example\/api\/articles\/a_[0-9a-f]+">001_03c48ab9ca1c8f2f\.txt<\/a>/);
    expect(html).not.toContain("data/sample/articles/");
  });

  it("CSV, Markdown and JSON carry the same rows", async () => {
    // dates in a report's CSV as people write them, with no spreadsheet guard in front
    const register = await makeReport(store, "agreements", { province: "Điện Biên" }, "csv", now);
    expect(register).toContain("4/6/2019");
    expect(register).not.toMatch(/'--\d\d-\d\d|(^|,)\d{4}-\d{2}-\d{2}(,|$)/m);
    // the matrix as a grid: a Vietnamese province per row, a partner province per column, in Vietnamese
    const csv = await makeReport(store, "matrix", {}, "csv", now);
    const json = JSON.parse(await makeReport(store, "matrix", {}, "json", now));
    const header = csv.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(",");
    expect(header[0]).toBe("Tỉnh Việt Nam");
    expect(header).toContain("Hủa Phăn (Lào)");
    const partners = new Set(json.rows.map((r: { foreignProvince: string }) => r.foreignProvince));
    expect(header.length).toBe(1 + partners.size);
    const vn = new Set(json.rows.map((r: { vnProvince: string }) => r.vnProvince));
    expect(csv.trim().split("\r\n").length - 1).toBe(vn.size);
    const md = await makeReport(store, "matrix", {}, "md", now);
    const mdHeader = md.split("\n").find((l) => l.startsWith("| Tỉnh Việt Nam"))!.split(" | ");
    const sonLa = md.split("\n").find((l) => l.startsWith("| Sơn La |"))!.split(" | ");
    expect(sonLa[mdHeader.findIndex((h) => h.replace(/\\/g, "") === "Hủa Phăn (Lào)")]).toBe("1 ký kết, 1 lần làm việc");
    // a pair in the list is one cell of the grid
    const html = await makeReport(store, "matrix", {}, "html", now);
    expect(html).toContain("<th>Hủa Phăn (Lào)</th>");
    expect(html).not.toContain("vnProvince");
  });

  it("escapes what it prints in HTML", async () => {
    const s = MemoryStore.open({ file: null, write: false });
    const { toArticleGraph } = await import("../../src/ingest/ingest-files");
    await s.ingest([
      toArticleGraph({
        source: "<script>alert(1)</script>.txt",
        text: "Ngày 1/2/2020, Ban Tuyên giáo Tỉnh ủy Hà Giang và Ban Tuyên truyền Tỉnh ủy Vân Nam đã ký kết biên bản ghi nhớ.",
      }),
    ]);
    const html = await makeReport(s, "agreements", {}, "html", now);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("script&gt;");
  });
});

describe("reports escape what comes from articles", () => {
  const doc = {
    name: "agreements",
    title: "Văn bản <b>ký</b>",
    params: { province: "<script>" },
    columns: ["articles", "quote"],
    generatedAt: "2026-11-30",
    rows: [
      {
        articles: ["a1", "a2"],
        articleTitles: ["<img src=x onerror=alert(1)> [click](javascript:alert(1))", "Ký kết (lần 2)"],
        articleUrls: ["javascript:alert(document.domain)//", "https://baosonla.vn/ky ket(2)"],
        quote: "<script>alert(1)</script> | *đậm*",
      },
    ],
  };
  it("links only http and https URLs", () => {
    expect(safeUrl(" JAVASCRIPT:alert(1)")).toBe("");
    expect(safeUrl("data:text/html,<script>")).toBe("");
    expect(safeUrl("https://baosonla.vn/a")).toBe("https://baosonla.vn/a");
    const html = renderReport(doc, "html");
    expect(html).not.toMatch(/javascript:alert\(document/);
    expect(html).not.toMatch(/<img|<script>/);
    expect(html).toContain('<a href="https://baosonla.vn/ky%20ket(2)">');
  });
  it("passes no HTML, link or table syntax from titles and quotes into Markdown", () => {
    const md = renderReport(doc, "md");
    expect(md).not.toMatch(/<img|<script|<b>/);
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).toContain("[Ký kết \\(lần 2\\)](https://baosonla.vn/ky%20ket%282%29)");
    const row = md.trimEnd().split("\n").pop()!;
    expect(row.split(/(?<!\\)\|/).length).toBe(4); // two cells: the quote's "|" does not open a third
  });
});
