#!/usr/bin/env node
// Scores the extractor on the development corpus group by group (slug prefixes a-, b-, c-, d-)
// and on all of it, with the shared scorer, and prints one table: a rule that helps one group and
// costs another shows here.
//
//   npm run eval                       # ../shared/corpus/dev and ../shared/corpus (samples)
//   npm run eval -- --dev DIR --samples DIR --scorer FILE
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dev = resolve(opt("--dev", "../shared/corpus/dev"));
const samples = resolve(opt("--samples", "../shared/corpus"));
const scorer = resolve(opt("--scorer", "../shared/tools/score-extraction.mjs"));
for (const [what, path] of [["scorer", scorer], ["development corpus", join(dev, "articles")]]) {
  if (!existsSync(path)) {
    console.error(`eval: no ${what} at ${path} (give its place with --scorer / --dev)`);
    process.exit(2);
  }
}

const KINDS = ["provinces", "people", "delegations", "signings", "hosts", "location", "date"];
const tmp = mkdtempSync(join(tmpdir(), "kg-eval-"));

/** Runs the scorer; returns F1 per kind and overall, and the article count. */
function score(articles, gold, slugs) {
  const extra = [];
  if (slugs) {
    const only = join(tmp, "only.txt");
    writeFileSync(only, slugs.join("\n"));
    extra.push("--only", only);
  }
  let out;
  try {
    out = execFileSync("node", [scorer, "--articles", articles, "--gold", gold, ...extra], { encoding: "utf8" });
  } catch (e) {
    out = String(e.stdout ?? "");
  }
  const row = {};
  for (const line of out.split("\n")) {
    const m = /^(\w+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+\((\d+)\/(\d+)\/(\d+)\)/.exec(line);
    if (m && KINDS.includes(m[1])) row[m[1]] = { f1: m[2], n: Number(m[3]) + Number(m[5]) };
    const t = /^extraction F1 ([\d.]+) .* on (\d+) articles/.exec(line);
    if (t) Object.assign(row, { all: t[1], articles: t[2] });
  }
  return row;
}

const devArticles = join(dev, "articles");
const devGold = join(dev, "gold");
const slugs = readdirSync(devArticles)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));
const groups = [...new Set(slugs.map((s) => s.split("-")[0]))].sort();
const rows = [];
for (const g of groups) rows.push([`${g}-`, score(devArticles, devGold, slugs.filter((s) => s.startsWith(`${g}-`)))]);
rows.push(["dev (all)", score(devArticles, devGold, null)]);
if (existsSync(join(samples, "articles"))) rows.push(["samples", score(join(samples, "articles"), join(samples, "gold"), null)]);
rmSync(tmp, { recursive: true, force: true });

const cell = (r, k) => (r[k] ? (r[k].n ? r[k].f1 : "  -  ") : "  ?  ");
console.log(`| group | articles | ${KINDS.join(" | ")} | F1 |`);
console.log(`|---|---:|${KINDS.map(() => "---:").join("|")}|---:|`);
for (const [name, r] of rows) console.log(`| ${name} | ${r.articles ?? "?"} | ${KINDS.map((k) => cell(r, k)).join(" | ")} | **${r.all ?? "?"}** |`);
