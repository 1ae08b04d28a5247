// Compares an extraction with a gold file as the project's scorer does: coarse facts, folded names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Extraction } from "../../src/graph/model";
import { extractArticle } from "../../src/ingest/extract";
import { lookupPlace } from "../../src/reference/gazetteer";
import { foldKey } from "../../src/text/fold";

const Party = z.object({ organization: z.string().nullable().optional(), province: z.string().nullable().optional(), country: z.string() });
export const GoldSchema = z.object({
  article: z.string(),
  date: z.string().nullable(),
  location: z.object({ province: z.string() }).nullable(),
  provinces: z.array(z.object({ name: z.string(), country: z.string() })),
  people: z.array(z.object({ name: z.string() })),
  delegations: z.array(z.object({ leader: z.string(), organization: z.string().nullable().optional(), province: z.string().nullable().optional() })),
  signings: z.array(z.object({ parties: z.array(Party), document: z.string() })),
  hosts: z.array(Party),
});
export type Gold = z.infer<typeof GoldSchema>;

export const FIXTURES = join(__dirname, "..", "fixtures");
export const SAMPLE = join(__dirname, "..", "..", "data", "sample", "articles");

export function loadGold(slug: string): Gold {
  return GoldSchema.parse(JSON.parse(readFileSync(join(FIXTURES, "gold", `${slug}.json`), "utf8")));
}

const prov = (name: string) => lookupPlace(name)?.id ?? foldKey(name);
const central = (name: string) => {
  const f = foldKey(name.replace(/\bTW\b/g, "Trung ương"));
  const i = f.indexOf("trunguong");
  return "org:" + (i >= 0 ? f.slice(0, i + 9) : f);
};
const party = (p: { province?: string | null; organization?: string | null }) => (p.province ? "prov:" + prov(p.province) : central(p.organization ?? ""));

export interface Facts {
  provinces: string[];
  people: string[];
  delegations: string[];
  signings: string[];
  hosts: string[];
  location: string[];
  date: string[];
}

export function goldFacts(g: Gold): Facts {
  return {
    provinces: g.provinces.map((p) => `${prov(p.name)}|${p.country}`).sort(),
    people: g.people.map((p) => foldKey(p.name)).sort(),
    delegations: g.delegations.map((d) => `${foldKey(d.leader)}>${party(d)}`).sort(),
    signings: g.signings.map((s) => s.parties.map(party).sort().join("<>") + "|" + s.document).sort(),
    hosts: g.hosts.map(party).sort(),
    location: g.location ? [prov(g.location.province)] : [],
    date: g.date ? [g.date] : [],
  };
}

export function extractedFacts(doc: Extraction): Facts {
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const rel = (t: string) => doc.relations.filter((r) => r.type === t);
  const basedIn = new Map(rel("BASED_IN").map((r) => [r.from, ents.get(r.to)]));
  const partyOf = (id: string) => {
    const e = ents.get(id);
    if (e?.type === "Province") return "prov:" + prov(e.name);
    const p = basedIn.get(id);
    return p ? "prov:" + prov(p.name) : central(e?.name ?? id);
  };
  const touched = new Set<string>();
  const touch = (id: string) => {
    const e = ents.get(id);
    if (e?.type === "Province") touched.add(id);
    const p = basedIn.get(id);
    if (p) touched.add(p.id);
  };
  for (const t of ["SIGNED_WITH", "HOSTED", "PARTICIPATED_IN"])
    for (const r of rel(t)) {
      touch(r.from);
      touch(r.to);
    }
  for (const r of rel("LED_DELEGATION")) touch(r.to);
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    provinces: uniq([...touched].map((id) => ents.get(id)!).map((p) => `${prov(p.name)}|${String(p.properties.country)}`)),
    people: uniq(doc.entities.filter((e) => e.type === "Person").map((p) => foldKey(p.name))),
    delegations: uniq(rel("LED_DELEGATION").map((r) => `${foldKey(ents.get(r.from)?.name ?? "")}>${partyOf(r.to)}`)),
    signings: uniq(rel("SIGNED_WITH").map((r) => [partyOf(r.from), partyOf(r.to)].sort().join("<>") + "|" + String(r.properties.document))),
    hosts: uniq(rel("HOSTED").map((r) => partyOf(r.from))),
    location: uniq(rel("HELD_IN").map((r) => prov(ents.get(r.to)?.name ?? ""))),
    date: uniq(
      doc.entities
        .filter((e) => e.type === "Event")
        .map((e) => String(e.properties.date ?? ""))
        .filter(Boolean),
    ),
  };
}

/** The coarse facts the extractor finds in a text written for a test. */
export function factsOfText(text: string): Facts {
  return extractedFacts(extractArticle({ source: "test", text }));
}
