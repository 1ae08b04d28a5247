/// <reference lib="dom" />
// Corrections from the explorer's side panel, in a real browser: rename an entity with a note (the
// token asked for once), see the mark and the new name, undo it; merge a duplicate found by name;
// mark a relationship as wrong. No page error. Screenshots in test-artifacts/.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import type { Browser, Page } from "playwright-core";
import { CuratedStore } from "../../src/graph/curation/curated-store";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";
import { ARTIFACTS as artifacts, buildExplorer, describeInBrowser, openBrowser, serve } from "../helpers/browser";
import { sampleGraphs } from "../helpers/corpus";

const d = describeInBrowser("explorer correction tests");

d("corrections from the explorer", () => {
  let base: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let page: Page;
  let dir: string;
  let store: CuratedStore;
  const errors: string[] = [];

  beforeAll(async () => {
    buildExplorer();
    dir = mkdtempSync(join(tmpdir(), "kg-cur-web-"));
    store = new CuratedStore(MemoryStore.open({ file: null, write: true }), { file: join(dir, "curations.jsonl"), user: "cli" });
    await store.ingest(sampleGraphs());
    ({ base, close } = await serve(createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({ KG_API_TOKEN: "s3cret", KG_API_TOKEN_LABEL: "Lan" }) })));
    // a 401 is how the server first asks for the token: not an error here
    ({ browser, page } = await openBrowser(errors, /401/));
    // the token, asked once when the server first answers 401
    page.on("dialog", (dlg) => void dlg.accept("s3cret"));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh page on the node's shared link, its panel loaded. */
  const openNode = async (id: string) => {
    await page.goto("about:blank");
    await page.goto(`${base}/#sel=${encodeURIComponent(id)}`);
    await page.waitForSelector("#panel:not([hidden]) h2");
    await page.waitForSelector("#panel .curate-controls");
  };

  it("renames with a note, shows the mark, and undoes", async () => {
    await openNode("province:la-houaphanh");
    await page.click("#panel .curate-rename");
    await page.fill(".curate-dialog input[name=name]", "Hủa Phăn (Sầm Nưa)");
    await page.fill(".curate-dialog input[name=note]", "tên thường dùng trong công văn");
    await page.click(".curate-dialog button[type=submit]");
    await page.waitForSelector("#panel .curate-status");
    expect(await page.locator("#panel .curate-status").textContent()).toMatch(/Đã lưu sửa chữa/);
    expect(await page.locator("#panel h2").textContent()).toBe("Hủa Phăn (Sầm Nưa)");
    expect(await page.locator("#panel .curated-mark").first().textContent()).toContain("tên thường dùng trong công văn");
    const listed = (await store.curations()).map((s) => [s.curation.op, s.curation.by, s.state]);
    expect(listed).toEqual([["rename", "Lan", "active"]]);
    await page.screenshot({ path: join(artifacts, "explorer-curated.png") });
    await page.click("#panel .curate-undo");
    await page.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "Hủa Phăn");
    expect(await page.locator("#panel .curate-status").textContent()).toMatch(/Đã hoàn tác/);
  });

  it("merges a duplicate found by name into the selected entity", async () => {
    const people = (await store.dump()).nodes.filter((n) => n.label === "Person");
    const [keep, other] = [people[0]!, people[1]!];
    await openNode(keep.id);
    await page.click("#panel .curate-merge");
    await page.fill(".curate-dialog input.curate-find", String(other.props.name));
    await page.click(".curate-dialog button:has-text('Tìm')");
    await page.click(`.curate-dialog .curate-pick[data-id="${other.id}"]`);
    await page.fill(".curate-dialog input[name=note]", "một người");
    await page.click(".curate-dialog button[type=submit]");
    await page.waitForSelector("#panel .curate-status");
    const d = await store.dump();
    expect(d.nodes.some((n) => n.id === other.id)).toBe(false);
    expect(d.nodes.find((n) => n.id === keep.id)!.props.aliases).toContain(other.props.name);
  });

  it("merges a person and drops the other's wrong role, ticked in the merge dialog", async () => {
    const dump = await store.dump();
    const roleOf = dump.rels.find((r) => r.type === "HOLDS_ROLE" && dump.nodes.some((n) => n.id === r.from))!;
    const other = dump.nodes.find((n) => n.id === roleOf.from)!;
    const keep = dump.nodes.find((n) => n.label === "Person" && n.id !== other.id)!;
    await openNode(keep.id);
    await page.click("#panel .curate-merge");
    await page.fill(".curate-dialog input.curate-find", String(other.props.name));
    await page.click(".curate-dialog button:has-text('Tìm')");
    await page.click(`.curate-dialog .curate-pick[data-id="${other.id}"]`);
    await page.waitForSelector(`.curate-dialog .curate-drop-roles input[value="${roleOf.to}"]`);
    await page.check(`.curate-dialog .curate-drop-roles input[value="${roleOf.to}"]`);
    await page.screenshot({ path: join(artifacts, "explorer-merge-drop-role.png") });
    await page.click(".curate-dialog button[type=submit]");
    await page.waitForSelector("#panel .curate-status");
    const after = await store.dump();
    expect(after.nodes.some((n) => n.id === other.id)).toBe(false);
    expect(after.rels.some((r) => r.type === "HOLDS_ROLE" && r.from === keep.id && r.to === roleOf.to)).toBe(false);
    const made = (await store.curations()).filter((c) => c.state === "active").slice(-2);
    expect(made.map((c) => c.curation.op)).toEqual(["reject", "merge"]);
    expect(made[0]!.curation.op === "reject" && made[0]!.curation.rel.startsWith(`HOLDS_ROLE|${other.id}|${roleOf.to}`)).toBe(true);
    // the next tests count their own corrections
    for (const c of made.reverse()) await store.curate({ op: "undo", target: c.curation.id });
  });

  it("says in Vietnamese why a correction was refused (a wrong token), with the server's detail", async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    other.on("pageerror", (e) => errors.push(String(e)));
    other.on("dialog", (dlg) => void dlg.accept("sai-ma"));
    await other.goto(`${base}/#sel=${encodeURIComponent("province:la-houaphanh")}`);
    await other.waitForSelector("#panel .curate-controls");
    await other.click("#panel .curate-rename");
    await other.fill(".curate-dialog input[name=name]", "Tên khác");
    await other.click(".curate-dialog button[type=submit]");
    await other.waitForSelector("#panel .curate-status");
    expect(await other.locator("#panel .curate-status").textContent()).toMatch(
      /^Không lưu được: Cần mã truy cập của máy chủ \(curate: a valid bearer token is required/,
    );
    await other.close();
  });

  it("marks a signing as wrong and undoes it; a refusal is said next to the button, in view", async () => {
    const sign = (await store.dump()).rels.find((r) => r.type === "SIGNED_WITH")!;
    // refused (a wrong token): the reason stands right after the relationship's row, on screen
    const other = await browser.newPage({ viewport: { width: 1280, height: 500 } });
    other.on("pageerror", (e) => errors.push(String(e)));
    other.on("dialog", (dlg) => void dlg.accept("sai-ma"));
    await other.goto(`${base}/#sel=${encodeURIComponent(sign.from)}`);
    await other.waitForSelector("#panel .curate-controls");
    const refused = other.locator('#panel .curate-wrong[data-rel^="SIGNED_WITH|"]').first();
    await refused.scrollIntoViewIfNeeded();
    await refused.click();
    await other.click(".curate-dialog button[type=submit]");
    await other.waitForSelector("#panel .curate-status");
    const placed = await other.evaluate(() => {
      const status = document.querySelector("#panel .curate-status")!;
      const r = status.getBoundingClientRect();
      return { afterRow: !!status.previousElementSibling?.querySelector('.curate-wrong[data-rel^="SIGNED_WITH|"]'), inView: r.top >= 0 && r.bottom <= window.innerHeight };
    });
    expect(placed).toEqual({ afterRow: true, inView: true });
    await other.close();

    // accepted: the signing leaves the graph, and undo brings it back
    await openNode(sign.from);
    const button = page.locator('#panel .curate-wrong[data-rel^="SIGNED_WITH|"]').first();
    const rel = (await button.getAttribute("data-rel"))!;
    expect(rel.split("|")).toHaveLength(5);
    await button.click();
    await page.fill(".curate-dialog input[name=note]", "không ký tại sự kiện này");
    await page.click(".curate-dialog button[type=submit]");
    await page.waitForSelector("#panel .curate-status .curate-undo");
    expect(await page.locator("#panel .curate-status").textContent()).toMatch(/Đã lưu sửa chữa/);
    const active = (await store.curations()).filter((x) => x.curation.op === "reject" && x.state === "active");
    expect(active.map((x) => (x.curation.op === "reject" ? x.curation.rel : ""))).toEqual([rel]);
    expect(await page.locator(`#panel .curate-wrong[data-rel="${rel}"]`).count()).toBe(0);
    await page.click("#panel .curate-undo");
    await page.waitForFunction((r) => !!document.querySelector(`#panel .curate-wrong[data-rel="${r}"]`), rel);
    expect((await store.curations()).filter((x) => x.curation.op === "reject" && x.state === "active")).toHaveLength(0);
    await page.screenshot({ path: join(artifacts, "explorer-signing-rejected-undone.png") });
  });

  it("marks a relationship as wrong: it leaves the panel and the graph", async () => {
    await openNode("province:la-houaphanh");
    const before = await page.locator("#panel .curate-wrong").count();
    expect(before).toBeGreaterThan(0);
    await page.locator("#panel .curate-wrong").first().click();
    await page.fill(".curate-dialog input[name=note]", "không đúng");
    await page.click(".curate-dialog button[type=submit]");
    await page.waitForSelector("#panel .curate-status");
    expect(await page.locator("#panel .curate-wrong").count()).toBe(before - 1);
    expect((await store.curations()).filter((s) => s.curation.op === "reject" && s.state === "active")).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
