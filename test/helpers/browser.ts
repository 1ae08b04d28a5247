// Debian's chromium for the browser tests and the explorer benchmark (without the background
// networking flags chromium keeps trying hosts this machine cannot reach), and what every browser
// test does first: skip loudly without a browser, build the explorer, serve it, open a page.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Express } from "express";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

const root = join(__dirname, "..", "..");
/** Where the browser tests keep their screenshots and exports (not committed). */
export const ARTIFACTS = join(root, "test-artifacts");

/**
 * `describe` when the browser is there; else `describe.skip` with a loud notice (under CI=true,
 * where .ci/run installs it, a missing browser is an error).
 */
export function describeInBrowser(what: string): jest.Describe {
  if (existsSync(CHROMIUM_PATH)) return describe;
  if (process.env.CI === "true") throw new Error(`CI=true but no browser at ${CHROMIUM_PATH}: .ci/run installs Debian's chromium`);
  console.warn(`\n⚠️  SKIPPED (no browser): ${what}. Install Debian's chromium or set CHROMIUM_PATH.\n`);
  return describe.skip;
}

/** The explorer built (web/dist) as the server serves it, and the artifacts folder ready. */
export function buildExplorer(): void {
  execFileSync("npm", ["run", "--silent", "build:web"], { cwd: root, stdio: "ignore" });
  mkdirSync(ARTIFACTS, { recursive: true });
}

/** The app listening on a free port of 127.0.0.1: its base URL and how to stop it. */
export async function serve(app: Express): Promise<{ base: string; close(): Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * Chromium with one 1280×800 page whose console errors and page errors go to `errors` (those
 * `ignore` matches left out).
 */
export async function openBrowser(errors: string[], ignore?: RegExp): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on("console", (m) => {
    if (m.type() === "error" && !(ignore && ignore.test(m.text()))) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return { browser, page };
}
