// Questions answered on the sample and the 75 development articles, against what their readers
// found (test/fixtures/gold and test/fixtures/dev-corpus/gold, the latter read twice): for every Vietnamese province that signed
// with provinces of another country, "X đã ký với những tỉnh nào của <nước>?" (and its English
// twin) must name those provinces; for every head of a provincial propaganda department the gold
// names, "Trưởng Ban Tuyên giáo Tỉnh ủy X là ai?" must name that person. Each miss is listed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { answerQuestion } from "../../src/ask/answer-question";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { foldKey } from "../../src/text/fold";
import { devGraphs, sampleGraphs } from "../helpers/corpus";

/** The readers' facts: the five samples' and the 75 development articles'. */
const GOLDS = [join(__dirname, "..", "fixtures", "gold"), join(__dirname, "..", "fixtures", "dev-corpus", "gold")];
const Party = z.object({ province: z.string().nullable(), country: z.string().nullable() }).passthrough();
const Gold = z
  .object({
    signings: z.array(z.object({ parties: z.array(Party) }).passthrough()),
    people: z.array(z.object({ name: z.string(), roles: z.array(z.string()) }).passthrough()),
  })
  .passthrough();
const golds = GOLDS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => Gold.parse(JSON.parse(readFileSync(join(dir, f), "utf8")))),
);

const COUNTRY = { LA: ["Lào", "Lao"], KH: ["Campuchia", "Cambodian"], CN: ["Trung Quốc", "Chinese"] } as const;

/** Vietnamese province → country → the partner provinces the readers found. */
const signed = new Map<string, Map<string, Set<string>>>();
for (const g of golds)
  for (const s of g.signings) {
    const vn = s.parties.filter((p) => p.country === "VN" && p.province);
    const other = s.parties.filter((p) => p.country && p.country in COUNTRY && p.province);
    for (const v of vn)
      for (const o of other) {
        const byCountry = signed.get(v.province!) ?? new Map<string, Set<string>>();
        byCountry.set(o.country!, (byCountry.get(o.country!) ?? new Set()).add(o.province!));
        signed.set(v.province!, byCountry);
      }
  }

/** Province → the people the readers found as head of its propaganda department. */
const heads = new Map<string, Set<string>>();
for (const g of golds)
  for (const p of g.people)
    for (const r of p.roles) {
      const m = /^Trưởng [Bb]an Tuyên giáo(?: và Dân vận)? Tỉnh ủy (.+)$/u.exec(r.trim());
      if (m) heads.set(m[1]!, (heads.get(m[1]!) ?? new Set()).add(p.name));
    }

const store = MemoryStore.open({ file: null, write: false });
beforeAll(async () => {
  await store.ingest([...sampleGraphs(), ...devGraphs()]);
}, 120_000);

const same = (a: string, b: string) => foldKey(a) === foldKey(b);

describe("questions answered on the development corpus, as its readers would answer them", () => {
  it("has enough cases to mean something", () => {
    expect([...signed.values()].reduce((n, m) => n + m.size, 0)).toBeGreaterThanOrEqual(5);
    expect(heads.size).toBeGreaterThanOrEqual(5);
  });

  it("names the partner provinces each Vietnamese province signed with, asked in Vietnamese and in English", async () => {
    const misses: string[] = [];
    let asked = 0;
    for (const [vn, byCountry] of signed)
      for (const [country, partners] of byCountry) {
        const [vi, en] = COUNTRY[country as keyof typeof COUNTRY];
        for (const question of [`${vn} đã ký với những tỉnh nào của ${vi}?`, `Which ${en} provinces has ${vn} signed with?`]) {
          asked++;
          const a = await answerQuestion(store, question);
          const named = a.rows.map((r) => String(r.partnerProvince ?? ""));
          for (const p of partners) if (!named.some((n) => same(n, p))) misses.push(`${question} → missing ${p} (got: ${[...new Set(named)].join(", ") || "nothing"})`);
        }
      }
    expect(asked).toBeGreaterThanOrEqual(10);
    expect(misses).toEqual([]);
  });

  it("names the head of each province's propaganda department", async () => {
    const misses: string[] = [];
    for (const [province, people] of heads) {
      const a = await answerQuestion(store, `Trưởng Ban Tuyên giáo Tỉnh ủy ${province} là ai?`);
      const named = a.rows.map((r) => String(r.person ?? r.name ?? ""));
      for (const p of people) if (!named.some((n) => same(n, p))) misses.push(`${province}: missing ${p} (got: ${named.join(", ") || "nothing"})`);
    }
    expect(misses).toEqual([]);
  });
});
