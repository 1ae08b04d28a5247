// Readers: every supported format, folders, and clear errors for bad files that never stop the rest.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { ingestItems } from "../../src/ingest/ingest-files";
import { readInputs } from "../../src/ingest/read/read-inputs";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { withoutLocalPaths } from "../../src/server/problem";

const dir = mkdtempSync(join(tmpdir(), "kg-read-"));
const body = "Ngày 4/6, Ban Tuyên giáo Tỉnh ủy Sơn La và Ban Tuyên huấn tỉnh Hủa Phăn đã ký kết biên bản ghi nhớ.";

beforeAll(() => {
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "a.txt"), "\uFEFF" + body);
  writeFileSync(join(dir, "b.md"), `# Tiêu đề\n\n${body}`);
  writeFileSync(
    join(dir, "nested", "c.html"),
    `<html><head><title>Hội đàm Sơn La - Hủa Phăn</title><script>var x = "Ban Tuyên giáo Tỉnh ủy Lào Cai";</script><style>p{}</style></head>
     <body><nav>Trang chủ | Tin mới</nav><article><h1>Hội đàm Sơn La - Hủa Phăn</h1><p>${body}</p><figure><img src="/a.jpg" alt="Ký kết biên bản ghi nhớ"></figure></article><footer>Bản quyền</footer></body></html>`,
  );
  writeFileSync(join(dir, "nested", "deeper", "d.json"), JSON.stringify({ text: body, title: "T", date: "2024-06-05", url: "http://x" }));
  writeFileSync(join(dir, "e.jsonl"), `${JSON.stringify({ text: body })}\n{broken\n${JSON.stringify({ title: "no text" })}\n`);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Ban Tuy\xean gi\xe1o", "latin1"));
  writeFileSync(join(dir, "ignored.pdf"), "not read");
});

describe("readInputs", () => {
  const items = () => [...readInputs([dir])];

  it("refuses a FIFO or a device with a clear error instead of reading it forever, and reads the others", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "kg-fifo-")), "article.txt");
    execFileSync("mkfifo", [fifo]);
    const good = join(dir, "a.txt");
    const got = [...readInputs([fifo, "/dev/zero", good])].map((i) => (i.ok ? `ok ${i.input.source}` : i.error));
    expect(got).toEqual([
      `read ${fifo}: not a regular file (a FIFO, a device or a socket); give a file or a folder`,
      "read /dev/zero: not a regular file (a FIFO, a device or a socket); give a file or a folder",
      `ok ${good}`,
    ]);
  });

  it("reads folders recursively, supported extensions only", () => {
    const sources = items().map((i) => (i.ok ? i.input.source : i.source));
    expect(sources.some((s) => s.endsWith("c.html"))).toBe(true);
    expect(sources.some((s) => s.endsWith("d.json"))).toBe(true);
    expect(sources.some((s) => s.endsWith("ignored.pdf"))).toBe(false);
  });

  it("drops scripts, styles and navigation from HTML and keeps the title and alt captions", () => {
    const html = items().find((i) => i.ok && i.input.source.endsWith("c.html"));
    expect(html?.ok).toBe(true);
    if (!html?.ok) return;
    expect(html.input.title).toBe("Hội đàm Sơn La - Hủa Phăn");
    expect(html.input.text).toContain("Ban Tuyên huấn tỉnh Hủa Phăn");
    expect(html.input.text).toContain("Ký kết biên bản ghi nhớ");
    expect(html.input.text).not.toContain("Lào Cai");
    expect(html.input.text).not.toContain("Trang chủ");
  });

  it("reads JSON with its metadata and JSONL line by line with an error per bad line", () => {
    const all = items();
    const json = all.find((i) => i.ok && i.input.source.endsWith("d.json"));
    expect(json?.ok && json.input.date).toBe("2024-06-05");
    const jsonl = all.filter((i) => (i.ok ? i.input.source : i.source).includes("e.jsonl"));
    expect(jsonl.map((i) => i.ok)).toEqual([true, false, false]);
    expect(jsonl[1]?.ok === false && jsonl[1].error).toMatch(/invalid JSON line/);
    expect(jsonl[2]?.ok === false && jsonl[2].error).toMatch(/"text"/);
  });

  it.each([
    ["empty.txt", /empty/],
    ["binary.txt", /binary/],
    ["latin1.txt", /not valid UTF-8/],
  ])("reports %s clearly and carries on", (name, message) => {
    const item = items().find((i) => !i.ok && i.source.endsWith(name));
    expect(item?.ok).toBe(false);
    expect(item?.ok === false && item.error).toMatch(message);
    expect(items().filter((i) => i.ok).length).toBeGreaterThanOrEqual(4);
  });

  it("reads a NAME.meta.json beside NAME.txt as that article's url, title and date, never as an article", () => {
    const side = mkdtempSync(join(tmpdir(), "kg-side-"));
    writeFileSync(join(side, "x.txt"), body);
    writeFileSync(join(side, "x.meta.json"), JSON.stringify({ url: "https://bao.vn/x", query: "tuyên giáo", date: "2024-06-05" }));
    writeFileSync(join(side, "y.txt"), body + " ");
    writeFileSync(join(side, "y.meta.json"), "{not json");
    // a lone .meta.json with no article beside it is read as JSON input, as any .json is
    writeFileSync(join(side, "z.meta.json"), JSON.stringify({ text: body }));
    const items = [...readInputs([side])];
    expect(items.map((i) => (i.ok ? i.input.source.split("/").pop() : `error: ${i.error}`))).toEqual([
      "x.txt",
      expect.stringMatching(/^error: read .*y\.meta\.json: invalid JSON/),
      "z.meta.json",
    ]);
    const x = items[0]!;
    expect(x.ok && [x.input.url, x.input.date]).toEqual(["https://bao.vn/x", "2024-06-05"]);
  });

  it("refuses a file over the size limit", () => {
    const big = join(dir, "..", `big-${process.pid}.txt`);
    writeFileSync(big, "a".repeat(6 * 1024 * 1024));
    const [item] = [...readInputs([big])];
    expect(item?.ok === false && item.error).toMatch(/over the limit/);
  });

  it("reports a missing path", () => {
    const [item] = [...readInputs([join(dir, "nope.txt")])];
    expect(item?.ok === false && item.error).toMatch(/no such file/);
  });
});

describe("sources in the graph", () => {
  it("never keep the machine's absolute path: the API shows a folder and a name", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    const report = await ingestItems(store, readInputs([join(dir, "a.txt"), join(dir, "nested")]));
    expect(report.articlesNew).toBeGreaterThan(0);
    const app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
    const articles = (await store.articleRecords()).map((r) => String(r.source));
    expect(articles).toEqual(expect.arrayContaining([`${basename(dir)}/a.txt`, "nested/c.html"]));
    for (const source of articles) expect(source).not.toContain(tmpdir());
    const shown = await request(app).get(`/api/articles/${encodeURIComponent(String((await store.articleRecords())[0]!.id))}`).expect(200);
    expect(shown.text).not.toContain(tmpdir());
  });
  it.each([
    ["/home/lan/kg/data/graph.json", "…/graph.json"],
    ["KG_DATA /srv/kg/ is a directory", "KG_DATA …/kg/ is a directory"],
  ])("are cut from error bodies: %s", (message, shown) => {
    expect(withoutLocalPaths(message)).toBe(shown);
  });
  it.each(["see /api/articles/abc", "http://127.0.0.1:3000/api/x", "ngày 4/6/2019", "TG&DV / BTG"])("leave routes, URLs and dates alone: %s", (message) => {
    expect(withoutLocalPaths(message)).toBe(message);
  });
});
