/// <reference lib="dom" />
// The map as an analyst reads it, in a real browser (Debian's chromium with playwright-core), on
// the sample and the 75 development articles: the first view, places and what belongs to them,
// the tray, sizes and labels across zoom, filters, zooming to answers, everything in words, the
// English view, and the PNG export. Screenshots are kept in test-artifacts/ (map-*.png).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { pino } from "pino";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { ARTIFACTS as artifacts, buildExplorer, describeInBrowser, openBrowser, serve } from "../helpers/browser";
import { devGraphs, sampleGraphs } from "../helpers/corpus";

const d = describeInBrowser("map end-to-end tests");

type Box = { id: string; x: number; y: number; w: number; h: number; text: string };
type Attrs = { x: number; y: number; kind: string; label: string; date: string | null; country: string | null; home: string | null; homeLat?: number; homeLon?: number; lat?: number; lon?: number };

/** What the page tells about its map (window.kgView), measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const v = (window as unknown as { kgView: Record<string, () => unknown> & { renderer: never } }).kgView;
    type R = {
      getNodeDisplayData(id: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getDimensions(): { width: number; height: number };
      scaleSize(s: number): number;
      getCamera(): { getState(): { x: number; y: number; ratio: number } };
    };
    const r = v.renderer as unknown as R;
    const g = (v.graph as () => { forEachNode(f: (id: string, a: unknown) => void): void; degree(id: string): number })();
    const { width, height } = r.getDimensions();
    const nodes: Array<{ id: string; a: unknown; vx: number; vy: number; size: number; hidden: boolean; degree: number }> = [];
    g.forEachNode((id, a) => {
      const dd = r.getNodeDisplayData(id);
      if (!dd) return;
      const p = r.framedGraphToViewport(dd);
      nodes.push({ id, a, vx: p.x, vy: p.y, size: r.scaleSize(dd.size), hidden: !!dd.hidden, degree: g.degree(id) });
    });
    return {
      width,
      height,
      ratio: r.getCamera().getState().ratio,
      nodes,
      labels: (v.labels as () => unknown[])(),
      offscreen: (v.offscreen as () => Array<{ arrow: string; ids: string[] }>)(),
      tray: (v.tray as () => string[])(),
      highlight: [...(v.highlight as () => Set<string>)()],
    };
  }) as Promise<{
    width: number;
    height: number;
    ratio: number;
    nodes: Array<{ id: string; a: Attrs; vx: number; vy: number; size: number; hidden: boolean; degree: number }>;
    labels: Box[];
    offscreen: Array<{ arrow: string; ids: string[] }>;
    tray: string[];
    highlight: string[];
  }>;
}

const inside = (m: { width: number; height: number }, n: { vx: number; vy: number }) => n.vx >= 0 && n.vy >= 0 && n.vx <= m.width && n.vy <= m.height;
const overlapping = (boxes: Box[]) => {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.text} / ${b.text}`);
    }
  return out;
};
/** Text that only a machine reads: ids, ISO or partial dates, bare country codes. */
const MACHINE_TEXT = [/\b(?:event|person|org|province|role|country):[\w-]/, /--\d\d-\d\d/, /\b\d{4}-\d{2}-\d{2}\b/, /\((?:LA|KH|CN|VN|TH|MM)\)|·\s*(?:LA|KH|CN|VN|TH|MM)\b/];
/** Letters of Vietnamese that English never uses. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáãèéìíòóõùúýĂÂĐÊÔƠƯ]/;

d("the map in a real browser, on the sample and the 75 development articles", () => {
  let base: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const openView = async (hash = "") => {
    await page.goto("about:blank"); // a new hash alone would not load the page again
    await page.goto(`${base}/${hash}`);
    await page.waitForFunction(() => document.querySelector("#counts")?.hasAttribute("data-nodes") === true);
    await page.waitForTimeout(400); // a frame or two after the load: the markers and labels are placed
  };

  beforeAll(async () => {
    buildExplorer();
    const store = MemoryStore.open({ file: null, write: false });
    await store.ingest([...sampleGraphs(), ...devGraphs()]);
    ({ base, close } = await serve(createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({}) })));
    ({ browser, page } = await openBrowser(errors));
    await openView();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it("first fits where most nodes are; the far-away ones are behind markers at the edge", async () => {
    const m = await measure(page);
    const drawn = m.nodes.filter((n) => !n.hidden);
    const outside = drawn.filter((n) => !inside(m, n));
    expect(drawn.length).toBeGreaterThan(300);
    // the corpus has central bodies in Beijing: far away, yet the view is not shrunk for them
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.length / drawn.length).toBeLessThan(0.1);
    // Việt Nam from Lào Cai to Cà Mau takes most of the map's height
    const vn = drawn.filter((n) => n.a.kind === "Province" && n.a.country === "VN");
    const span = Math.max(...vn.map((n) => n.vy)) - Math.min(...vn.map((n) => n.vy));
    expect(span / m.height).toBeGreaterThan(0.6);
    // every node outside is counted by one marker, and the page shows those markers
    expect(m.offscreen.flatMap((g) => g.ids).sort()).toEqual(outside.map((n) => n.id).sort());
    const shown = await page.locator(".offscreen-marker").evaluateAll((bs) => bs.map((b) => Number(b.getAttribute("data-count"))));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(outside.length);
    await page.screenshot({ path: join(artifacts, "map-first-view.png") });
    // a marker's click brings its nodes into view
    const biggest = [...m.offscreen].sort((a, b) => b.ids.length - a.ids.length)[0]!;
    await page.locator(".offscreen-marker", { hasText: `${biggest.arrow} ${biggest.ids.length}` }).first().click();
    await page.waitForTimeout(900);
    const after = await measure(page);
    const back = after.nodes.filter((n) => biggest.ids.includes(n.id));
    expect(back.every((n) => inside(after, n))).toBe(true);
    await openView();
  });

  it("puts only places on coordinates; the rest around their province; what has no place waits in the tray", async () => {
    const m = await measure(page);
    const cos = Math.cos((16 * Math.PI) / 180);
    const at = (lon: number, lat: number) => ({ x: (lon - 105) * cos * 10, y: (lat - 16) * 10 });
    let placedBeside = 0;
    for (const n of m.nodes) {
      if (n.a.lat !== undefined && n.a.lon !== undefined) {
        const p = at(n.a.lon, n.a.lat);
        expect([n.a.x, n.a.y]).toEqual([expect.closeTo(p.x, 5), expect.closeTo(p.y, 5)]);
      } else if (n.a.homeLat !== undefined && n.a.homeLon !== undefined) {
        // on a ring around its province: near it, never on its point (which would read as "here")
        const p = at(n.a.homeLon, n.a.homeLat);
        const dist = Math.hypot(n.a.x - p.x, n.a.y - p.y);
        expect(dist).toBeGreaterThan(0.5);
        expect(dist).toBeLessThan(8);
        placedBeside++;
      }
    }
    expect(placedBeside).toBeGreaterThan(200);
    // no person or event sits between the sides it links: each is beside one province
    const people = m.nodes.filter((n) => n.a.kind === "Person" && n.a.homeLat !== undefined);
    expect(people.length).toBeGreaterThan(50);
    // the tray lists the nodes with no place, and the map does not draw them
    expect(m.tray.length).toBeGreaterThan(0);
    const trayNodes = m.nodes.filter((n) => m.tray.includes(n.id));
    expect(trayNodes.every((n) => n.hidden && n.a.home === null)).toBe(true);
    expect(m.nodes.filter((n) => n.a.home === null && n.a.lat === undefined && n.a.kind !== "Country").map((n) => n.id).sort()).toEqual([...m.tray].sort());
    await page.locator("#tray summary").click();
    expect(await page.locator("#tray li").count()).toBe(m.tray.length);
    const first = page.locator("#tray li button").first();
    const name = (await first.textContent()) ?? "";
    await first.click();
    await page.waitForSelector("#panel:not([hidden]) h2");
    expect(await page.locator("#panel h2").textContent()).toBe(name);
    await page.screenshot({ path: join(artifacts, "map-tray.png") });
    await page.click("#panel-close");
    await page.locator("#tray summary").click();
  });

  it("keeps node and label sizes on screen across zoom, and never lets labels overlap", async () => {
    await openView();
    const far = await measure(page);
    expect(far.labels.length).toBeGreaterThan(20);
    expect(overlapping(far.labels)).toEqual([]);
    // zoom in on Hà Nội, then closer
    const sizes = new Map(far.nodes.map((n) => [n.id, n.size]));
    for (const ratio of [0.3, 0.08]) {
      await page.evaluate((ratio) => {
        const v = (window as unknown as { kgView: { renderer: { getNodeDisplayData(id: string): { x: number; y: number }; getCamera(): { setState(s: object): void } } } }).kgView;
        const p = v.renderer.getNodeDisplayData("province:vn-ha-noi");
        v.renderer.getCamera().setState({ x: p.x, y: p.y, ratio });
      }, ratio);
      await page.waitForTimeout(300);
      const near = await measure(page);
      expect(near.ratio).toBeCloseTo(ratio, 5);
      for (const n of near.nodes) expect(n.size).toBeCloseTo(sizes.get(n.id)!, 5);
      expect(overlapping(near.labels)).toEqual([]);
      expect(new Set(near.labels.map((l) => Math.round(l.h)))).toEqual(new Set(far.labels.map((l) => Math.round(l.h))));
      // closer, the labels of Hà Nội's own nodes come out
      if (ratio === 0.08) {
        const hanoi = near.nodes.filter((n) => (n.a.home === "province:vn-ha-noi" || n.a.home === "country:VN") && inside(near, n));
        const named = near.labels.filter((l) => hanoi.some((n) => n.id === l.id));
        expect(named.length).toBeGreaterThan(far.labels.filter((l) => hanoi.some((n) => n.id === l.id)).length);
        await page.screenshot({ path: join(artifacts, "map-zoomed-ha-noi.png") });
      }
    }
    await openView();
  });

  it("a year or a partner country shows only what is connected to the chosen events", async () => {
    const all = await measure(page);
    await page.fill("#year-from", "2023");
    await page.fill("#year-to", "2023");
    await page.locator("#year-to").dispatchEvent("change");
    await page.waitForFunction(() => location.hash.includes("from=2023") && location.hash.includes("to=2023"));
    await page.waitForFunction((n) => Number(document.querySelector("#counts")?.getAttribute("data-nodes")) < n, all.nodes.length);
    await page.waitForTimeout(400);
    const year = await measure(page);
    const events = year.nodes.filter((n) => n.a.kind === "Event");
    expect(events.length).toBeGreaterThan(3);
    expect(events.every((n) => n.a.date?.startsWith("2023"))).toBe(true);
    expect(year.nodes.every((n) => n.degree > 0)).toBe(true);
    expect(year.nodes.length / all.nodes.length).toBeLessThan(0.3);
    await page.screenshot({ path: join(artifacts, "map-year-2023.png") });
    await page.click("#reset");
    await page.waitForFunction((n) => Number(document.querySelector("#counts")?.getAttribute("data-nodes")) === n, all.nodes.length);
    await page.selectOption("#country", "KH");
    await page.waitForFunction(() => location.hash.includes("country=KH"));
    await page.waitForFunction((n) => Number(document.querySelector("#counts")?.getAttribute("data-nodes")) < n, all.nodes.length);
    await page.waitForTimeout(400);
    const kh = await measure(page);
    expect(kh.nodes.every((n) => n.degree > 0)).toBe(true);
    const khEvents = kh.nodes.filter((n) => n.a.kind === "Event");
    expect(khEvents.length).toBeGreaterThan(2);
    // each province shown is Cambodian, or has an organisation in an event or a signing with a Cambodian side
    expect(kh.nodes.filter((n) => n.a.kind === "Province" && n.a.country !== "KH" && n.a.country !== "VN")).toEqual([]);
    expect(kh.nodes.length / all.nodes.length).toBeLessThan(0.3);
    await page.click("#reset");
    await page.waitForFunction((n) => Number(document.querySelector("#counts")?.getAttribute("data-nodes")) === n, all.nodes.length);
  });

  it("zooms to a path found and to a question's answer", async () => {
    await page.evaluate(() => (window as unknown as { kgView: { path(a: string, b: string): Promise<void> } }).kgView.path("province:vn-dien-bien", "province:la-luang-prabang"));
    await page.waitForTimeout(900);
    const path = await measure(page);
    expect(path.highlight.length).toBeGreaterThan(1);
    expect(path.ratio).toBeLessThan(1);
    for (const id of path.highlight) expect(inside(path, path.nodes.find((n) => n.id === id)!)).toBe(true);
    expect((await page.locator("#counts").textContent()) ?? "").toMatch(/Điện Biên .*→.* Luông Pha Băng/);
    await page.screenshot({ path: join(artifacts, "map-path.png") });
    await page.click("#reset");
    await page.waitForTimeout(500);
    await page.fill("#ask", "Điện Biên đã ký với những tỉnh nào của Lào?");
    await page.click("#ask-form button[type=submit]");
    await page.waitForSelector("#results .understood");
    await page.waitForTimeout(900);
    const answer = await measure(page);
    const shown = answer.highlight.filter((id) => answer.nodes.some((n) => n.id === id && !n.hidden));
    expect(shown.length).toBeGreaterThan(1);
    for (const id of shown) expect(inside(answer, answer.nodes.find((n) => n.id === id)!)).toBe(true);
    expect(answer.ratio).toBeLessThan(1);
    await page.screenshot({ path: join(artifacts, "map-answer.png") });
    await page.click("#results button:has-text('Đóng')");
  });

  for (const lang of ["vi", "en"] as const) {
    it(`says every answer and panel in words (${lang})`, async () => {
      await openView(lang === "en" ? "#lang=en" : "");
      const m = await measure(page);
      const texts: string[] = [];
      // one node of each kind, the best connected
      for (const kind of ["Province", "Organization", "Person", "Event", "Country"]) {
        const n = m.nodes.filter((x) => x.a.kind === kind).sort((a, b) => b.degree - a.degree)[0]!;
        await page.evaluate((id) => (window as unknown as { kgView: { select(id: string): Promise<void> } }).kgView.select(id), n.id);
        await page.waitForSelector(`#panel:not([hidden]) h2`);
        await page.waitForFunction(() => !document.querySelector("#panel-body")?.textContent?.startsWith("…"));
        texts.push((await page.locator("#panel-body").innerText()) ?? "");
      }
      await page.click("#panel-close");
      for (const q of ["Sơn La đã ký với những tỉnh nào của Lào?", "Đoàn của Gia Lai đã đi những đâu?", "Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An là ai?"]) {
        await page.fill("#ask", q);
        await page.click("#ask-form button[type=submit]");
        await page.waitForSelector("#results .understood");
        texts.push((await page.locator("#results").innerText()) ?? "");
      }
      await page.fill("#search", "son la");
      await page.waitForSelector("#suggestions li");
      texts.push((await page.locator("#suggestions").innerText()) ?? "");
      await page.fill("#search", "");
      for (const text of texts) for (const machine of MACHINE_TEXT) expect(text).not.toMatch(machine);
      await page.click(lang === "vi" ? "#results button:has-text('Đóng')" : "#results button:has-text('Close')");
    });
  }

  it("the English view is English throughout (what is not a name)", async () => {
    await openView("#lang=en");
    await page.locator("#tray summary").click();
    await page.fill("#ask", "Which Lao provinces has Son La signed with?");
    await page.click("#ask-form button[type=submit]");
    await page.waitForSelector("#results .understood");
    const chrome = await page.evaluate(() => {
      const out: string[] = [];
      const text = (sel: string) => document.querySelectorAll<HTMLElement>(sel).forEach((e) => out.push(`${sel}: ${e.innerText}`));
      text("header button, header option, #filters summary, #filters legend, #filters label, #filters option, #legend-list li, #counts");
      text("#timeline button.timeline-clear, #timeline label, #tray summary, #tray .tray-note");
      document.querySelectorAll<HTMLElement>("#timeline .timeline-year").forEach((e) => out.push(`timeline title: ${e.title}`));
      document.querySelectorAll<HTMLElement>(".offscreen-marker").forEach((e) => out.push(`marker: ${e.title.replace(/:.*/, "")}`));
      document.querySelectorAll<HTMLElement>("[aria-label]").forEach((e) => out.push(`aria: ${e.getAttribute("aria-label")}`));
      document.querySelectorAll<HTMLInputElement>("input[placeholder]").forEach((e) => out.push(`placeholder: ${e.placeholder}`));
      // the answer: all but the rows' names and the Vietnamese reading given under the English one
      document.querySelectorAll<HTMLElement>("#results > p, #results th").forEach((e) => {
        const copy = e.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("[lang=vi], code").forEach((x) => x.remove());
        out.push(`results: ${copy.innerText}`);
      });
      return out;
    });
    // names are names (the language button's "Tiếng Việt", the example "Sơn La" in the question forms)
    const vietnamese = chrome.filter((s) => VIETNAMESE.test(s.replace(/Tiếng Việt|Sơn La/g, "")));
    expect(vietnamese).toEqual([]);
    await page.screenshot({ path: join(artifacts, "map-english.png") });
    await page.click("#results button:has-text('Close')");
  });

  it("exports a PNG of exactly the size asked for, the borders across the whole map", async () => {
    await openView();
    await page.selectOption("#png-size", "2400x1500");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const file = join(artifacts, "map-export-2400.png");
    await download.saveAs(file);
    const png = readFileSync(file);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1500]);
    // land (any country's fill) in the last sixth of the map's columns and of its rows, as on screen
    const countLand = (onPage: Page, b64: string | null) =>
      onPage.evaluate(async (b64) => {
        // Việt Nam's fill (#f3efe4) and the neighbours' (#f7f5ef)
        const near = (d: Uint8ClampedArray, i: number, [r, g, b]: number[]) => Math.abs(d[i]! - r!) < 4 && Math.abs(d[i + 1]! - g!) < 4 && Math.abs(d[i + 2]! - b!) < 4;
        const land = (d: Uint8ClampedArray, i: number) => d[i + 3]! > 0 && (near(d, i, [0xf3, 0xef, 0xe4]) || near(d, i, [0xf7, 0xf5, 0xef]));
        let ctx: CanvasRenderingContext2D;
        let top = 0;
        let height: number;
        let width: number;
        const count = (x: number, y: number, w: number, h: number) => {
          const d = ctx.getImageData(x, y, w, h).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (land(d, i)) n++;
          return n;
        };
        if (b64) {
          const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const c = document.createElement("canvas");
          [c.width, c.height] = [img.width, img.height];
          ctx = c.getContext("2d")!;
          ctx.drawImage(img, 0, 0);
          width = img.width;
          // the map's band: below the 64-pixel title, down to its last row of land
          let bottom = img.height - 1;
          while (bottom > 64 && count(0, bottom, width, 1) === 0) bottom--;
          top = 64;
          height = bottom - 64;
        } else {
          const c = document.querySelector<HTMLCanvasElement>("#graph-container canvas.borders")!;
          ctx = c.getContext("2d")!;
          [width, height] = [c.width, c.height];
        }
        return {
          height,
          right: count(Math.floor(width * (5 / 6)), top, Math.ceil(width / 6), height),
          bottom: count(0, top + Math.floor(height * (5 / 6)), width, Math.ceil(height / 6)),
        };
      }, b64);
    const screen = await countLand(page, null);
    const blank = await browser.newPage();
    const image = await countLand(blank, png.toString("base64"));
    await blank.close();
    const strips = { bandHeight: image.height, pngRight: image.right, pngBottom: image.bottom, screenRight: screen.right, screenBottom: screen.bottom };
    expect(strips.bandHeight).toBeGreaterThan(1100);
    expect(strips.screenBottom).toBeGreaterThan(0);
    expect(strips.pngBottom).toBeGreaterThan(0);
    if (strips.screenRight > 0) expect(strips.pngRight).toBeGreaterThan(0);
    await page.selectOption("#png-size", "");
  });

  it("logged no console errors", () => {
    expect(errors).toEqual([]);
  });
});
