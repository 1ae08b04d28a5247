// The extractor on the five real articles of the sample corpus, against the analysts' gold facts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractionSchema } from "../../src/graph/model";
import { extractArticle, extractWithText } from "../../src/ingest/extract";
import { extractedFacts, goldFacts, loadGold, SAMPLE } from "../helpers/gold";

const files = readdirSync(SAMPLE)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("extraction of the sample corpus", () => {
  it("holds the five articles", () => {
    expect(files).toHaveLength(5);
  });

  describe.each(files)("%s", (file) => {
    const slug = file.replace(/\.txt$/, "");
    const text = readFileSync(join(SAMPLE, file), "utf8");
    const doc = extractWithText({ source: file, text });
    const gold = goldFacts(loadGold(slug));
    const got = extractedFacts(doc);

    it("validates against the contract schema", () => {
      expect(ExtractionSchema.safeParse(doc).success).toBe(true);
    });
    it.each(["provinces", "people", "delegations", "signings", "hosts"] as const)("finds exactly the gold %s", (kind) => {
      expect(got[kind]).toEqual(gold[kind]);
    });
    it("finds the gold location and date", () => {
      for (const l of gold.location) expect(got.location).toContain(l);
      if (gold.date.length) expect(got.date).toEqual(gold.date);
    });
    it("gives every relation evidence that is a slice of the normalised text", () => {
      const body = doc.article.text ?? "";
      for (const r of doc.relations.filter((x) => x.type !== "IN_COUNTRY" || x.evidence.length)) {
        for (const ev of r.evidence) expect(body.slice(ev.start, ev.end)).toBe(ev.text);
      }
      for (const r of doc.relations.filter((x) => ["SIGNED_WITH", "HOSTED", "LED_DELEGATION", "PARTICIPATED_IN"].includes(x.type))) {
        expect(r.evidence.length).toBeGreaterThan(0);
      }
    });
    it("gives the same ids on a second run (stable ids)", () => {
      const again = extractArticle({ source: file, text });
      expect(again.article.id).toBe(doc.article.id);
      expect(again.entities.map((e) => e.id)).toEqual(doc.entities.map((e) => e.id));
    });
  });

  it("does not take the author of an article for a participant", () => {
    const doc = extractArticle({ source: "000", text: readFileSync(join(SAMPLE, "000_7e661325ef9db770.txt"), "utf8") });
    expect(doc.entities.filter((e) => e.type === "Person").map((e) => e.name)).not.toContain("Lê Anh");
  });

  it("reads the publication date line and dates the visit with its year", () => {
    const doc = extractArticle({ source: "001", text: readFileSync(join(SAMPLE, "001_03c48ab9ca1c8f2f.txt"), "utf8") });
    expect(doc.article.date).toBe("2019-06-14");
    const ev = doc.entities.find((e) => e.type === "Event");
    expect(ev?.properties).toMatchObject({ date: "2019-06-04", endDate: "2019-06-09" });
  });
});
