// Reports analysts hand on: each a Cypher file in cypher/reports/ and its embedded twin.
import { z } from "zod";
import { matrixGrid } from "../format/matrix-grid";
import { DocumentKindSchema } from "../model";
import { cmp, sortRows, type GraphView, type NodeAttrs } from "../memory/graph-view";
import { defineQuery, filters, inProvinces, inYears, keyOf, nul, prepareFilters, prop, text, yearOf } from "../queries/query-def";

const province = (g: GraphView, orgId: string) => {
  const p = g.basedIn(orgId);
  return p?.label === "Province" ? p : undefined;
};

export const matrixReport = defineQuery({
  name: "matrix",
  title: "Cooperation matrix",
  file: "reports/matrix.cypher",
  params: z.object(filters("country", "yearFrom", "yearTo")),
  row: z.object({ vnProvince: z.string(), foreignProvince: z.string(), foreignCountry: z.string(), signings: z.number().int(), visits: z.number().int() }),
  prepare: (p) => prepareFilters(p, "country", "yearFrom", "yearTo"),
  // read as a grid: a Vietnamese province per row, a partner province per column
  document: matrixGrid,
  embedded: (g, c) => {
    const cells = new Map<string, { vp: NodeAttrs; fp: NodeAttrs; signings: number; visits: number }>();
    const cell = (vp: NodeAttrs, fp: NodeAttrs) => {
      const k = `${vp.id}|${fp.id}`;
      const x = cells.get(k) ?? { vp, fp, signings: 0, visits: 0 };
      cells.set(k, x);
      return x;
    };
    const foreignOk = (fp: NodeAttrs | undefined) => !!fp && fp.country !== "VN" && (c.country === null || fp.country === c.country);
    g.forEachRelOfType("SIGNED_WITH", (a, s, t) => {
      const [ps, pt] = [province(g, s), province(g, t)];
      const pair: [NodeAttrs, NodeAttrs] | null =
        ps && pt && ps.country === "VN" && foreignOk(pt) ? [ps, pt] : ps && pt && pt.country === "VN" && foreignOk(ps) ? [pt, ps] : null;
      if (!pair) return;
      if (!inYears(g.eventOf(a.event)?.date, c.yearFrom, c.yearTo)) return;
      cell(pair[0], pair[1]).signings++;
    });
    for (const e of g.nodesByLabel("Event")) {
      if (!g.in(e.id, "HOSTED").length || !inYears(e.date, c.yearFrom, c.yearTo)) continue;
      const provs = g
        .in(e.id, "PARTICIPATED_IN")
        .filter((x) => g.node(x.source)?.label === "Organization")
        .map((x) => province(g, x.source))
        .filter((x): x is NodeAttrs => !!x);
      const seen = new Set<string>();
      for (const vp of provs.filter((p) => p.country === "VN")) {
        for (const fp of provs.filter(foreignOk)) {
          const k = `${vp.id}|${fp.id}`;
          if (seen.has(k)) continue;
          seen.add(k);
          cell(vp, fp).visits++;
        }
      }
    }
    const rows = [...cells.values()].map((x) => ({
      vnProvince: x.vp.name,
      foreignProvince: x.fp.name,
      foreignCountry: String(x.fp.country),
      signings: x.signings,
      visits: x.visits,
    }));
    return sortRows(rows, ["vnProvince", "foreignCountry", "foreignProvince"]);
  },
});

export const agreementsReport = defineQuery({
  name: "agreements",
  title: "Register of agreements",
  file: "reports/agreements.cypher",
  params: z.object({ ...filters("province", "country", "yearFrom", "yearTo"), document: DocumentKindSchema.optional() }),
  row: z.object({
    date: z.string().nullable(),
    event: z.string().nullable(),
    partyA: z.string(),
    provinceA: z.string().nullable(),
    countryA: z.string().nullable(),
    partyB: z.string(),
    provinceB: z.string().nullable(),
    countryB: z.string().nullable(),
    document: z.string().nullable(),
    period: z.string().nullable(),
    quote: z.string().nullable(),
    articles: z.array(z.string()),
    articleTitles: z.array(z.string()),
    articleUrls: z.array(z.string()),
    /** An agreement an analyst added (kg curate add): the curation's id; its quote is the analyst's note. */
    curation: z.string().nullable(),
  }),
  prepare: (p) => ({ ...prepareFilters(p, "province", "country", "yearFrom", "yearTo"), document: nul(p.document) }),
  embedded: (g, c) => {
    const rows: Array<Record<string, unknown>> = [];
    g.forEachRelOfType("SIGNED_WITH", (s, from, to) => {
      const a = g.node(from)!,
        b = g.node(to)!;
      if (a.label !== "Organization" || b.label !== "Organization") return;
      const pa = province(g, from),
        pb = province(g, to);
      if (c.provinceIds !== null && !inProvinces(c.provinceIds, pa?.id) && !inProvinces(c.provinceIds, pb?.id)) return;
      if (c.country !== null && a.country !== c.country && b.country !== c.country) return;
      if (c.document !== null && s.document !== c.document) return;
      const e = g.eventOf(s.event);
      // an added agreement has no event: its date is the one the analyst gave
      const date = e?.date ?? (typeof s.asOf === "string" ? s.asOf : undefined);
      if (!inYears(date, c.yearFrom, c.yearTo)) return;
      const arts = [...new Set(s.evidenceArticle)]
        .map((id) => g.node(id))
        .filter((x): x is NodeAttrs => x?.label === "Article")
        .sort((x, y) => cmp(x.id, y.id));
      rows.push({
        date: prop(date),
        event: prop(s.event),
        partyA: a.name,
        provinceA: prop(pa?.name),
        countryA: prop(a.country),
        partyB: b.name,
        provinceB: prop(pb?.name),
        countryB: prop(b.country),
        document: prop(s.document),
        period: prop(s.period),
        quote: prop(s.evidenceText[0]),
        articles: arts.map((x) => x.id),
        articleTitles: arts.map((x) => String(x.title ?? x.source)),
        articleUrls: arts.map((x) => String(x.url ?? "")),
        curation: prop(s.curation),
      });
    });
    return sortRows(rows, ["date", "partyA", "partyB", "document", "event"]);
  },
});

export const delegationsRegisterReport = defineQuery({
  name: "delegations-register",
  title: "Register of delegations",
  file: "reports/delegations-register.cypher",
  params: z.object(filters("province", "country", "yearFrom", "yearTo")),
  row: z.object({
    date: z.string().nullable(),
    event: z.string().nullable(),
    leader: z.string(),
    roles: z.array(z.string()),
    organization: z.string(),
    province: z.string().nullable(),
    destination: z.array(z.string()),
    heldIn: z.string().nullable(),
    quote: z.string().nullable(),
    article: z.string().nullable(),
    articleTitle: z.string().nullable(),
    articleUrl: z.string().nullable(),
  }),
  prepare: (p) => prepareFilters(p, "province", "country", "yearFrom", "yearTo"),
  embedded: (g, c) => {
    const rows = [];
    for (const l of g.delegationLeaders(c.provinceIds as string[] | null)) {
      for (const d of g.out(l.id, "LED_DELEGATION")) {
        const o = g.node(d.target);
        if (o?.label !== "Organization") continue;
        const op = province(g, o.id);
        if (!inProvinces(c.provinceIds, op?.id)) continue;
        if (c.country !== null && o.country !== c.country) continue;
        const e = g.eventOf(d.attrs.event);
        if (!inYears(e?.date, c.yearFrom, c.yearTo)) continue;
        const roles = g.rolesAtTime(l.id, d.attrs.evidenceArticle);
        const destination = g.hostNames(e?.id);
        const heldIn = g.heldIn(e?.id);
        const art0 = g.node(String(d.attrs.evidenceArticle[0]));
        const art = art0?.label === "Article" ? art0 : undefined;
        rows.push({
          date: prop(e?.date),
          event: prop(d.attrs.event),
          leader: l.name,
          roles,
          organization: o.name,
          province: prop(op?.name),
          destination,
          heldIn: prop(heldIn?.name),
          quote: prop(d.attrs.evidenceText[0]),
          article: prop(art?.id),
          articleTitle: art ? String(art.title ?? art.source) : null,
          articleUrl: prop(art?.url),
        });
      }
    }
    return sortRows(rows, ["date", "leader", "organization", "event", "article"]);
  },
});

export const peopleReport = defineQuery({
  name: "people",
  title: "People and their roles",
  file: "reports/people.cypher",
  params: z.object({ ...filters("country"), person: text("person").optional() }),
  row: z.object({
    person: z.string(),
    country: z.string().nullable(),
    title: z.string().nullable(),
    organization: z.string(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    articles: z.number().int(),
    /** The analysts' curations behind the row: the role added, or the person corrected. */
    curation: z.string().nullable(),
  }),
  prepare: (p) => ({ ...prepareFilters(p, "country"), person: nul(p.person), personKey: keyOf(p.person) }),
  embedded: (g, c) => {
    const rows = [];
    for (const p of g.nodesByLabel("Person")) {
      if (c.country !== null && p.country !== c.country) continue;
      if (c.person !== null && p.id !== c.person && p.nameKey !== c.personKey) continue;
      for (const { holds: h, role: r, org: o } of g.rolesHeld(p.id)) {
        const sorted = h.attrs.evidenceDate.filter((x) => x !== "").sort(cmp);
        rows.push({
          person: p.name,
          country: prop(p.country),
          title: prop(r.title),
          organization: o.name,
          firstSeen: sorted[0] ?? null,
          lastSeen: sorted[sorted.length - 1] ?? null,
          articles: h.attrs.evidenceArticle.length,
          curation: typeof h.attrs.curation === "string" ? h.attrs.curation : Array.isArray(p.curations) ? (p.curations as string[]).join(" ") : null,
        });
      }
    }
    return sortRows(rows, ["person", "country", "firstSeen", "title", "organization"]);
  },
});

export const activityReport = defineQuery({
  name: "activity",
  title: "Activity by year and province",
  file: "reports/activity.cypher",
  params: z.object(filters("province", "country")),
  row: z.object({
    year: z.number().int().nullable(),
    province: z.string(),
    country: z.string().nullable(),
    events: z.number().int(),
    signings: z.number().int(),
  }),
  prepare: (p) => prepareFilters(p, "province", "country"),
  embedded: (g, c) => {
    const groups = new Map<string, { year: number | null; p: NodeAttrs; events: number; signings: number }>();
    // organisations at either end of a signing, by the signing's event: one pass over the edges
    const signers = new Map<string, Set<string>>();
    g.forEachRelOfType("SIGNED_WITH", (a, source, target) => {
      if (typeof a.event !== "string") return;
      if (g.node(source)?.label !== "Organization" || g.node(target)?.label !== "Organization") return;
      const set = signers.get(a.event) ?? new Set<string>();
      set.add(source).add(target);
      signers.set(a.event, set);
    });
    // with a province or a country, only the events of its organisations can count
    const orgs =
      !g.indexes || (c.provinceIds === null && c.country === null)
        ? null
        : c.provinceIds !== null
          ? (c.provinceIds as string[]).flatMap((id) => g.orgsIn(id))
          : g
              .nodesByLabel("Organization")
              .filter((o) => province(g, o.id)?.country === c.country)
              .map((o) => o.id);
    const events = orgs ? g.eventsOf(orgs) : g.nodesByLabel("Event");
    for (const e of events) {
      const orgs = g.in(e.id).filter((x) => (x.type === "PARTICIPATED_IN" || x.type === "HOSTED") && g.node(x.source)?.label === "Organization");
      const provs = new Map<string, NodeAttrs>();
      for (const x of orgs) {
        const p = province(g, x.source);
        if (p) provs.set(p.id, p);
      }
      const participants = g.in(e.id, "PARTICIPATED_IN").filter((x) => g.node(x.source)?.label === "Organization");
      const signedBy = signers.get(e.id);
      const signed = !!signedBy && participants.some((x) => signedBy.has(x.source));
      const y = yearOf(e.date);
      for (const p of provs.values()) {
        if (!inProvinces(c.provinceIds, p.id)) continue;
        if (c.country !== null && p.country !== c.country) continue;
        const k = `${y}|${p.name}|${String(p.country)}`;
        const grp = groups.get(k) ?? { year: y, p, events: 0, signings: 0 };
        grp.events++;
        if (signed) grp.signings++;
        groups.set(k, grp);
      }
    }
    const rows = [...groups.values()].map((x) => ({ year: x.year, province: x.p.name, country: prop(x.p.country), events: x.events, signings: x.signings }));
    return sortRows(rows, ["year", "province"]);
  },
});

export const REPORTS = [matrixReport, agreementsReport, delegationsRegisterReport, peopleReport, activityReport];
