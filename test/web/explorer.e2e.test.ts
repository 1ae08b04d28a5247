/// <reference lib="dom" />
// The explorer in a real browser (Debian's chromium with playwright-core): search "son la", select
// Sơn La, see Hủa Phăn among its partners with the quote, switch a filter, export a PNG, no
// console errors, and a phone-sized screen. Screenshots are kept in test-artifacts/.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { pino } from "pino";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { ARTIFACTS as artifacts, buildExplorer, describeInBrowser, openBrowser, serve } from "../helpers/browser";
import { sampleGraphs } from "../helpers/corpus";

const d = describeInBrowser("explorer end-to-end tests");

d("explorer in a real browser", () => {
  let base: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    buildExplorer();
    const store = MemoryStore.open({ file: null, write: false });
    await store.ingest(sampleGraphs());
    ({ base, close } = await serve(createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) })));
    ({ browser, page } = await openBrowser(errors));
    await page.goto(base + "/");
    await page.waitForFunction(() => document.querySelector("#counts")?.hasAttribute("data-nodes") === true);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it("draws the network with a legend", async () => {
    const order = await page.evaluate(() => (window as unknown as { kgView: { graph(): { order: number } } }).kgView.graph().order);
    expect(order).toBeGreaterThan(20);
    expect(await page.locator("#legend-list li").count()).toBeGreaterThan(4);
    await page.screenshot({ path: join(artifacts, "explorer-overview.png") });
  });

  it("answers a question typed in the Hỏi box: how it understood it, the rows with the quote, the answer on the map", async () => {
    await page.fill("#ask", "Sơn La đã ký với những tỉnh nào của Lào?");
    await page.click("#ask-form button[type=submit]");
    await page.waitForSelector("#results .understood");
    const shown = (await page.locator("#results").textContent()) ?? "";
    expect(shown).toContain("Hiểu là: các bên ký kết với Sơn La, đối tác ở Lào");
    expect(shown).toContain("partners(province=Sơn La, country=LA)");
    expect(shown).toContain("Hủa Phăn");
    expect(shown).toMatch(/ký kết biên bản ghi nhớ/);
    const highlighted = await page.evaluate(() => [...(window as unknown as { kgView: { highlight(): Set<string> } }).kgView.highlight()]);
    expect(highlighted).toEqual(expect.arrayContaining(["org:propaganda:la-houaphanh"]));
    await page.screenshot({ path: join(artifacts, "explorer-ask.png") });
    // a place with two readings is asked back, with the readings to choose from
    await page.fill("#ask", "Viêng Chăn đã ký với ai?");
    await page.click("#ask-form button[type=submit]");
    await page.waitForSelector("#results .clarify-option");
    expect(await page.locator("#results .clarify-option").allTextContents()).toEqual(["tỉnh Viêng Chăn", "Thủ đô Viêng Chăn"]);
    await page.click("#results button:has-text('Đóng')");
  });

  it("draws provinces at their coordinates over the national borders, and the force layout is one click away", async () => {
    await page.waitForTimeout(300);
    const at = await page.evaluate(() => {
      const g = (window as unknown as { kgView: { graph(): { getNodeAttributes(id: string): { x: number; y: number } } } }).kgView.graph();
      return {
        sonLa: g.getNodeAttributes("province:vn-son-la"),
        huaPhan: g.getNodeAttributes("province:la-houaphanh"),
        dienBien: g.getNodeAttributes("province:vn-dien-bien"),
      };
    });
    // the map's projection: 10 units a degree of latitude, cos(16°)·10 a degree of longitude
    const cos = Math.cos((16 * Math.PI) / 180);
    expect(at.sonLa.x).toBeCloseTo((103.91 - 105) * cos * 10, 5);
    expect(at.sonLa.y).toBeCloseTo((21.33 - 16) * 10, 5);
    expect(at.huaPhan.x).toBeGreaterThan(at.sonLa.x); // Xam Neua lies east of Sơn La
    expect(at.dienBien.x).toBeLessThan(at.sonLa.x); // Điện Biên lies west of Sơn La
    // the borders are drawn beneath: the layer has ink
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>("#graph-container canvas.borders")!;
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n / (c.width * c.height);
    });
    expect(inked).toBeGreaterThan(0.05);
    await page.screenshot({ path: join(artifacts, "explorer-map.png") });
    await page.click("#layout-mode");
    expect(page.url()).toContain("layout=force");
    expect(await page.locator("#layout-toggle").isVisible()).toBe(true);
    await page.click("#layout-mode");
    expect(page.url()).not.toContain("layout=force");
  });

  it("the timeline counts events by year, brushing a span filters the map, undated events are counted and can be shown", async () => {
    await page.waitForSelector("#timeline .timeline-year");
    const years = await page.locator("#timeline .timeline-year").evaluateAll((bs) => bs.map((b) => b.getAttribute("data-year")));
    expect(years).toContain("2019");
    const undatedText = (await page.locator("#timeline label").textContent()) ?? "";
    const undated = Number(/(\d+) sự kiện không rõ năm/.exec(undatedText)?.[1]);
    expect(undated).toBeGreaterThan(0);
    const n = (s: string | null) => Number(s);
    const before = n(await page.locator("#counts").getAttribute("data-nodes"));
    const bar = page.locator('#timeline .timeline-year[data-year="2019"]');
    await bar.hover();
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes("from=2019") && location.hash.includes("to=2019"));
    await page.waitForFunction((b) => Number(document.querySelector("#counts")?.getAttribute("data-nodes")) !== b, before);
    const spanned = n(await page.locator("#counts").getAttribute("data-nodes"));
    expect(spanned).toBeLessThan(before);
    expect(await page.locator("#year-from").inputValue()).toBe("2019");
    await page.screenshot({ path: join(artifacts, "explorer-timeline.png") });
    // the undated events come back on the map when asked for
    await page.locator("#timeline-undated").check();
    await page.waitForFunction(() => location.hash.includes("undated=1"));
    await page.waitForFunction((b) => Number(document.querySelector("#counts")?.getAttribute("data-nodes")) > b, spanned);
    await page.click("#timeline .timeline-clear");
    await page.waitForFunction(() => !location.hash.includes("from="));
    await page.click("#reset");
  });

  it("speaks Vietnamese first, English one click away; dates as people write them", async () => {
    expect(await page.locator("h1").textContent()).toBe("Hợp tác tuyên giáo");
    expect(await page.locator("#rel-types label").allTextContents()).toEqual(expect.arrayContaining([" Ký kết với", " Dẫn đầu đoàn"]));
    const labels = await page.evaluate(() => {
      const g = (window as unknown as { kgView: { graph(): { mapNodes(f: (n: string, a: { label: string }) => string): string[] } } }).kgView.graph();
      return g.mapNodes((_n, a) => a.label);
    });
    expect(labels.some((l) => /\(4\/6, năm không rõ\)/.test(l))).toBe(true);
    expect(labels.some((l) => /--\d\d-\d\d/.test(l))).toBe(false);
    await Promise.all([page.waitForEvent("load"), page.click("#language")]);
    await page.waitForFunction(() => document.querySelector("#counts")?.hasAttribute("data-nodes") === true);
    expect(await page.locator("h1").textContent()).toBe("Propaganda cooperation");
    expect(await page.locator("#rel-types label").allTextContents()).toEqual(expect.arrayContaining([" Signed with"]));
    expect(page.url()).toContain("lang=en");
    // the English view is English throughout: the timeline's reset, and the dates inside event names
    expect(await page.locator(".timeline-clear").textContent()).toBe("All years");
    const english = await page.evaluate(() => {
      const g = (window as unknown as { kgView: { graph(): { mapNodes(f: (n: string, a: { label: string }) => string): string[] } } }).kgView.graph();
      return g.mapNodes((_n, a) => a.label);
    });
    expect(english.some((l) => /\(4 June, year unknown\)/.test(l))).toBe(true);
    expect(english.some((l) => /năm không rõ/.test(l))).toBe(false);
    await Promise.all([page.waitForEvent("load"), page.click("#language")]);
    await page.waitForFunction(() => document.querySelector("#counts")?.hasAttribute("data-nodes") === true);
    expect(await page.locator("h1").textContent()).toBe("Hợp tác tuyên giáo");
  });

  it("finds Sơn La from 'son la' and shows Hủa Phăn among its partners with the quote", async () => {
    await page.fill("#search", "son la");
    await page.waitForSelector("#suggestions li");
    expect(await page.locator("#suggestions li").first().textContent()).toContain("Sơn La");
    await page.locator("#suggestions li").first().click();
    await page.waitForSelector("#partners");
    const partners = await page.locator("#partners").textContent();
    expect(partners).toContain("Hủa Phăn");
    expect(partners).toMatch(/ký kết biên bản ghi nhớ/);
    await page.screenshot({ path: join(artifacts, "explorer-son-la.png") });
    // the quote links to the article with the sentence highlighted
    await page.locator("#partners .article-link").first().click();
    await page.waitForSelector("#article-body mark.focus");
    expect(await page.locator("#article-body mark.focus").textContent()).toMatch(/ký kết biên bản ghi nhớ/);
    await page.screenshot({ path: join(artifacts, "explorer-article.png") });
    await page.keyboard.press("Escape");
    expect(page.url()).toContain("sel=province%3Avn-son-la");
  });

  it("answers a question as a table, with every row as CSV", async () => {
    await page.locator("#questions summary").click();
    const form = page.locator('form[data-query="partners"]');
    await form.locator('input[name="province"]').fill("son la");
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector("#results table tbody tr");
    expect(await page.locator("#results table").textContent()).toContain("Hủa Phăn");
    const href = await page.locator("#results a.csv-link").getAttribute("href");
    expect(href).toMatch(/^\/api\/queries\/partners\?.*format=csv/);
    const csv = await (await page.request.get(base + href!)).text();
    expect(csv).toContain("Hủa Phăn");
    expect(csv.split("\n").length).toBeGreaterThan(1);
    await page.locator("#results button", { hasText: "Đóng" }).click();
    await page.locator("#questions summary").click();
  });

  it("updates the counts when a filter changes", async () => {
    const before = await page.locator("#counts").getAttribute("data-nodes");
    await page.locator('#node-types input[value="Person"]').uncheck();
    await page.waitForFunction((b) => document.querySelector("#counts")?.getAttribute("data-nodes") !== b, before);
    const after = await page.locator("#counts").getAttribute("data-nodes");
    const n = (s: string | null) => Number(s);
    expect(n(after)).toBeLessThan(n(before));
    expect(page.url()).toContain("types=");
  });

  it("every filter can be turned off and on again, in any order, with no page error; reset returns to the first view", async () => {
    await page.click("#reset");
    const counts = () => page.locator("#counts").textContent();
    const settle = async () => {
      // the view is drawn from the latest filter state: wait until the counts stop changing
      let last = "";
      for (let i = 0; i < 40; i++) {
        await page.waitForTimeout(120);
        const now = (await counts()) ?? "";
        if (now === last && now !== "") return now;
        last = now;
      }
      return last;
    };
    const first = await settle();
    const firstUrl = page.url();
    const errorsBefore = errors.length;
    const boxes = page.locator("#node-types input, #rel-types input");
    const n = await boxes.count();
    expect(n).toBe(19); // 7 node types and 12 relation types
    for (let i = 0; i < n; i++) {
      await boxes.nth(i).click();
      await boxes.nth(i).click();
    }
    // in another order, quickly: answers may come back out of order
    for (let i = n - 1; i >= 0; i--) await boxes.nth(i).click();
    for (let i = 0; i < n; i++) await boxes.nth(i).click();
    await page.selectOption("#country", "LA");
    await page.fill("#year-from", "2019");
    await page.locator("#year-from").dispatchEvent("change");
    await settle();
    await page.selectOption("#country", "");
    await page.fill("#year-from", "");
    await page.locator("#year-from").dispatchEvent("change");
    expect(await settle()).toBe(first);
    expect(errors.slice(errorsBefore)).toEqual([]);
    // the URL restores what was shown
    await page.locator('#node-types input[value="Person"]').uncheck();
    const narrowed = await settle();
    const again = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await again.goto(page.url());
    await again.waitForFunction(() => document.querySelector("#counts")?.hasAttribute("data-nodes") === true);
    await again.waitForTimeout(300);
    expect(await again.locator("#counts").textContent()).toBe(narrowed);
    expect(await again.locator('#node-types input[value="Person"]').isChecked()).toBe(false);
    await again.close();
    await page.click("#reset");
    expect(await settle()).toBe(first);
    expect(page.url()).toBe(firstUrl);
  }, 180_000);

  it("says on the page when two entities have no path between them, and shows the path when they do", async () => {
    await page.evaluate(() =>
      (window as unknown as { kgView: { path(a: string, b: string): Promise<void> } }).kgView.path("org:party:la-houaphanh", "org:propaganda:la-phongsaly"),
    );
    expect(await page.locator("#counts").textContent()).toMatch(/Không tìm thấy đường nối/);
    expect(await page.locator("#counts").getAttribute("role")).toBe("alert");
    await page.evaluate(() =>
      (window as unknown as { kgView: { path(a: string, b: string): Promise<void> } }).kgView.path("province:vn-son-la", "province:la-houaphanh"),
    );
    expect(await page.locator("#counts").textContent()).toMatch(/^Đường nối: Sơn La → .* → Hủa Phăn$/);
    await page.click("#reset");
  });

  it("a shared link reopens the same view with the selected node on screen and its panel open", async () => {
    const shared = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    shared.on("pageerror", (e) => errors.push(String(e)));
    await shared.goto(`${base}/#sel=${encodeURIComponent("province:la-houaphanh")}`);
    await shared.waitForSelector("#panel:not([hidden]) h2");
    expect(await shared.locator("#panel h2").textContent()).toBe("Hủa Phăn");
    await shared.waitForTimeout(800); // the camera's move to the node
    const onScreen = await shared.evaluate(() => {
      const view = (
        window as unknown as {
          kgView: {
            graph(): { getNodeAttributes(id: string): { x: number; y: number } };
            renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number }; getDimensions(): { width: number; height: number } };
          };
        }
      ).kgView;
      const v = view.renderer;
      const p = v.graphToViewport(view.graph().getNodeAttributes("province:la-houaphanh"));
      const { width, height } = v.getDimensions();
      return p.x > 0 && p.y > 0 && p.x < width && p.y < height;
    });
    expect(onScreen).toBe(true);
    await shared.close();
  });

  it("exports a PNG that is not empty", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const file = join(artifacts, "export.png");
    await download.saveAs(file);
    expect(statSync(file).size).toBeGreaterThan(2000);
    expect(readFileSync(file).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    // at exactly the chosen size, the title and the legend inside it
    await page.selectOption("#png-size", "1600x1000");
    const [sized] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const big = join(artifacts, "export-1600.png");
    await sized.saveAs(big);
    const png = readFileSync(big);
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect([w, h]).toEqual([1600, 1000]);
    await page.selectOption("#png-size", "");
  });

  it("exports GEXF for Gephi", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const file = join(artifacts, "export.gexf");
    await download.saveAs(file);
    expect(readFileSync(file, "utf8")).toMatch(/<gexf[\s\S]*<node /);
  });

  it("works on a phone-sized screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phone.on("pageerror", (e) => errors.push(String(e)));
    await phone.goto(base + "/");
    await phone.waitForFunction(() => document.querySelector("#counts")?.hasAttribute("data-nodes") === true);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: join(artifacts, "explorer-phone.png"), fullPage: true });
    await phone.close();
  });

  it("logged no console errors", () => {
    expect(errors).toEqual([]);
  });
});
