// Articles from the web, as a user ingests them (kg ingest --feed, kg ingest URL…, POST
// /api/articles {url}), against a local news site on 127.0.0.1: a feed of two pages yields both
// articles with their publication dates and events dated with the year, nothing from the related
// headlines or the comments; a second run adds nothing and refetches nothing unchanged (304);
// every URL that goes wrong says why, and the others are still ingested.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { bylineDate, pageToArticle } from "../../src/ingest/web/page-article";
import { feedItems } from "../../src/ingest/web/read-web";
import { startNewsSite, PAGE_A, PAGE_B, type NewsSite } from "../helpers/news-site";
import { ROOT, TSX } from "../helpers/processes";

let site: NewsSite;
let dir: string;
beforeAll(async () => {
  site = await startNewsSite();
  dir = mkdtempSync(join(tmpdir(), "kg-web-"));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({
  ...process.env,
  KG_DATA: join(dir, "graph.json"),
  KG_CURATIONS: join(dir, "curations.jsonl"),
  KG_WEB_CACHE: join(dir, "web-cache"),
  KG_FETCH_DELAY_MS: "0",
  KG_FETCH_TIMEOUT_MS: "800",
  KG_FETCH_MAX_BYTES: "1000000",
  NEO4J_URI: "",
});
/** kg as a child process; asynchronous, so that the site in this process keeps answering it. */
const kg = (args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(TSX, [join(ROOT, "src/cli/main.ts"), ...args], { cwd: ROOT, env: env() });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });

describe("reading a news page", () => {
  it("keeps the article and drops the site's chrome, related headlines and comments", () => {
    const a = pageToArticle(PAGE_A, "http://127.0.0.1/news/a");
    expect(a.title).toBe("Sơn La và Hủa Phăn ký kết biên bản ghi nhớ về công tác tuyên giáo");
    expect(a.date).toBe("2023-11-14");
    expect(a.dateFrom).toBe("json-ld");
    expect(a.text).toMatch(/Ban Tuyên giáo Tỉnh ủy Sơn La và Ban Tuyên huấn tỉnh Hủa Phăn \(Lào\) đã ký kết biên bản ghi nhớ/);
    for (const chrome of ["Điện Biên", "Phông Sa Lỳ", "Thanh Hóa", "Lai Châu", "Bình luận", "Trang chủ", "Giấy phép"]) expect(a.text).not.toContain(chrome);
    const b = pageToArticle(PAGE_B, "http://127.0.0.1/news/b");
    expect(b.date).toBe("2023-11-16");
    expect(b.dateFrom).toBe("byline");
    for (const chrome of ["Quảng Trị", "Savannakhet", "Khăm Muồn", "Xem thêm"]) expect(b.text).not.toContain(chrome);
  });

  it.each([
    ["Thứ Năm, 14/11/2023 - 10:25", "2023-11-14"],
    ["Chủ nhật, 3/9/2023, 07:00 (GMT+7)", "2023-09-03"],
    ["Cập nhật: 05-01-2024 16:40", "2024-01-05"],
    ["31/2/2023", null],
    ["không có ngày", null],
  ])("reads the byline %s", (text, date) => {
    expect(bylineDate(text)).toBe(date);
  });

  it("reads RSS and Atom items with their dates, in the day where they were published", () => {
    const rss = feedItems(`<rss version="2.0"><channel><item><title>A</title><link>/a</link><pubDate>Tue, 14 Nov 2023 06:25:00 +0700</pubDate></item></channel></rss>`, "http://x.test/");
    expect(rss).toEqual([{ url: "http://x.test/a", title: "A", date: "2023-11-14" }]);
    const atom = feedItems(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B</title><link rel="alternate" href="http://x.test/b"/><published>2024-02-01T23:30:00-05:00</published></entry></feed>`,
      "http://x.test/",
    );
    expect(atom).toEqual([{ url: "http://x.test/b", title: "B", date: "2024-02-01" }]);
    expect(() => feedItems("<html></html>", "http://x.test/")).toThrow(/not an RSS or Atom feed/);
  });
});

describe("kg ingest from the web", () => {
  it("ingests a feed of two pages with their publication dates, events dated with the year, nothing from the headlines around them; a second run adds and refetches nothing", async () => {
    const first = await kg(["ingest", "--feed", `${site.base}/feed.xml`]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/articles: 2 new, 0 unchanged, 0 failed/);
    const articles = JSON.parse((await kg(["query", "timeline", "--format", "json"])).stdout) as Array<{ date: string; event: string; article: string }>;
    expect(articles.map((r) => r.date).sort()).toEqual(["2023-11-13", "2023-11-15"]);
    const stats = (await kg(["query", "search", "--param", "q=Điện Biên", "--format", "json"])).stdout;
    expect(JSON.parse(stats)).toEqual([]);
    for (const headline of ["Phông Sa Lỳ", "Savannakhet", "Khăm Muồn", "Lai Châu"]) expect(JSON.parse((await kg(["query", "search", "--param", `q=${headline}`, "--format", "json"])).stdout)).toEqual([]);
    const sources = JSON.parse((await kg(["export", "--format", "json"])).stdout) as { nodes: Array<{ attributes: Record<string, unknown> }> };
    const stored = sources.nodes.filter((n) => n.attributes.label === "Article").map((n) => [n.attributes.url, n.attributes.date]);
    expect(stored.sort()).toEqual([
      [`${site.base}/news/a`, "2023-11-14"],
      [`${site.base}/news/b`, "2023-11-16"],
    ]);
    const servedBefore = { a: site.served.get("/news/a"), b: site.served.get("/news/b") };
    expect(servedBefore).toEqual({ a: 1, b: 1 });

    const second = await kg(["ingest", "--feed", `${site.base}/feed.xml`]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/articles: 0 new, 2 unchanged, 0 failed/);
    expect(second.stdout).toMatch(/added: 0 nodes, 0 relationships/);
    // conditional requests: the pages did not change, so the site sent no body again
    expect({ a: site.served.get("/news/a"), b: site.served.get("/news/b") }).toEqual(servedBefore);
  }, 60_000);

  it("says why each URL that goes wrong failed, and ingests the others", async () => {
    const urls = ["/old/a", "/broken", "/slow", "/huge", "/private/page", "/missing", "/cp1258", "/truncated", "/news/b"].map((p) => `${site.base}${p}`);
    const r = await kg(["ingest", ...urls]);
    expect(r.status).toBe(0);
    const failed = r.stdout.split("\n").filter((l) => l.startsWith("failed: "));
    expect(failed).toHaveLength(5);
    expect(r.stdout).toMatch(/fetch .*\/broken: the server answered 500 \(tried 4 times\)/);
    expect(r.stdout).toMatch(/fetch .*\/slow: .*800 ms/);
    expect(r.stdout).toMatch(/fetch .*\/huge: the page is over the limit of 1000000 bytes/);
    expect(r.stdout).toMatch(/fetch .*\/private\/page: robots\.txt of the site disallows it/);
    expect(r.stdout).toMatch(/fetch .*\/missing: the server answered 404/);
    // the redirect lands on a page already stored; the Windows-1258 page is read in its charset
    const found = JSON.parse((await kg(["query", "search", "--param", "q=Luông Pha Băng", "--format", "json"])).stdout) as Array<{ name: string }>;
    expect(found.map((x) => x.name)).toContain("Luông Pha Băng");
    // a page cut off mid-tag is read as far as it goes: Nghệ An received Xiêng Khoảng
    expect(r.stdout).toMatch(/articles: [1-9]\d* new/);
    const leader = JSON.parse((await kg(["query", "person", "--param", "person=Xổm Phon Vông Xay", "--format", "json"])).stdout) as unknown[];
    expect(leader.length).toBeGreaterThan(0);
  }, 90_000);
});

describe("POST /api/articles with a URL", () => {
  it("fetches and ingests the page when private addresses are allowed, and refuses a loopback URL by default", async () => {
    const store = MemoryStore.open({ file: null, write: true });
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { KG_WEB_CACHE: "none", KG_FETCH_DELAY_MS: "0", KG_FETCH_ALLOW_PRIVATE: "true" });
      const open = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
      const res = await request(open).post("/api/articles").send({ url: `${site.base}/news/a` }).expect(201);
      expect(res.body.articlesNew).toBe(1);
      const [article] = await store.articleRecords();
      expect(article).toMatchObject({ url: `${site.base}/news/a`, date: "2023-11-14" });

      process.env.KG_FETCH_ALLOW_PRIVATE = "";
      const closed = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) });
      const refused = await request(closed).post("/api/articles").send({ url: `${site.base}/news/b` });
      expect(refused.status).toBe(422);
      expect(JSON.parse(refused.text).detail).toMatch(/private or loopback address; set KG_FETCH_ALLOW_PRIVATE=true/);
    } finally {
      process.env = saved;
    }
  });
});
