// The extractor: one article in, the contract's entities and relations out, each relation with
// the sentence that states it. Pure and total: any string gives a valid document.
import type { Entity, EventKind, Extraction } from "../graph/model";
import { getCountry, getPlace } from "./gazetteer/gazetteer";
import { prepareArticle, type ArticleInput, type PreparedArticle } from "./article-text";
import { FactSheet } from "./facts";
import { eventDate as pickEventDate, findDates } from "./recognise/dates";
import { SIGNING, PLANNED, documentKind, findPeriod } from "./recognise/documents";
import type { OrgIdentity } from "./recognise/org-identity";
import { findOrgs, type OrgMention } from "./recognise/orgs";
import { findPeople, type PersonMention } from "./recognise/people";
import { findPlaces, type PlaceMention } from "./recognise/places";
import { resolveOrgs } from "./recognise/resolve-orgs";
import { foldKey } from "./text/fold";
import { splitSentences, type Sentence } from "./text/sentences";
import { containing, startingIn } from "./text/spans";
import { tokenize } from "./text/tokens";

interface Context {
  article: PreparedArticle;
  text: string;
  sentences: Sentence[];
  places: PlaceMention[];
  orgs: OrgMention[];
  people: PersonMention[];
  ident: Map<OrgMention, OrgIdentity>;
  /** Organisation identities by place, in order of first mention. */
  byPlace: Map<string, OrgIdentity[]>;
  roleOrgs: Set<OrgMention>;
  /** Name-and-titles spans of people, sorted. */
  chains: Array<{ start: number; end: number }>;
  facts: FactSheet;
}

const KIND_LABEL: Record<EventKind, string> = {
  talks: "Hội đàm",
  signing: "Ký kết",
  conference: "Hội nghị",
  working_visit: "Thăm và làm việc",
  reception: "Tiếp đoàn",
  meeting: "Gặp gỡ",
};

const inParens = (text: string, from: number, at: number) => {
  const seg = text.slice(from, at);
  return (seg.match(/\(/g)?.length ?? 0) > (seg.match(/\)/g)?.length ?? 0);
};

function sentenceOf(ctx: Context, offset: number): Sentence | undefined {
  return containing(ctx.sentences, offset);
}

function inRoleChain(ctx: Context, m: OrgMention): boolean {
  return ctx.roleOrgs.has(m) || !!containing(ctx.chains, m.start);
}

/** Adds the organisation, its province and country; returns its entity id. */
function addOrg(ctx: Context, id: OrgIdentity, at: number): string {
  const ev = ctx.facts.evidenceAt(at);
  const orgId = ctx.facts.entity({
    id: `org:${id.key}`,
    type: "Organization",
    name: id.name,
    properties: { country: id.country, level: id.level, kind: id.kind },
  });
  const countryId = addCountry(ctx, id.country);
  if (id.placeId) {
    const provId = addProvince(ctx, id.placeId);
    ctx.facts.relate("BASED_IN", orgId, provId, {}, ev);
  }
  ctx.facts.relate("IN_COUNTRY", orgId, countryId, {}, ev);
  return orgId;
}

function addCountry(ctx: Context, code: string): string {
  const c = getCountry(code);
  return ctx.facts.entity({ id: `country:${code}`, type: "Country", name: c?.name ?? code, properties: { code } });
}

function addProvince(ctx: Context, placeId: string): string {
  const p = getPlace(placeId);
  const id = ctx.facts.entity({
    id: `province:${placeId}`,
    type: "Province",
    name: p.name,
    properties: { country: p.country, kind: p.kind, english: p.english, validTo: p.validTo, mergedInto: p.mergedInto },
  });
  ctx.facts.relate("IN_COUNTRY", id, addCountry(ctx, p.country), {}, []);
  return id;
}

/** The organisation mentions of a span that name a party to something (not glosses in parentheses). */
function orgsIn(ctx: Context, from: number, to: number, sentenceStart: number): OrgMention[] {
  return startingIn(ctx.orgs, from, to).filter((m) => ctx.ident.has(m) && !inParens(ctx.text, sentenceStart, m.start));
}

/** Groups mentions into sides: a distributed list is one side. */
function sides(ctx: Context, mentions: OrgMention[]): OrgIdentity[][] {
  const groups = new Map<number, OrgIdentity[]>();
  for (const m of mentions) {
    const id = ctx.ident.get(m);
    if (!id) continue;
    const g = groups.get(m.group) ?? [];
    if (!g.some((x) => x.key === id.key)) g.push(id);
    groups.set(m.group, g);
  }
  // one organisation is one side, however often it is named
  const out: OrgIdentity[][] = [];
  for (const g of groups.values()) {
    const fresh = g.filter((id) => !out.some((side) => side.some((x) => x.key === id.key)));
    if (fresh.length) out.push(fresh);
  }
  return out;
}

/** The organisation of a place that the article names, preferring the propaganda department. */
function orgOfPlace(ctx: Context, placeId: string): OrgIdentity | null {
  const ids = ctx.byPlace.get(placeId) ?? [];
  return ids.find((x) => x.kind === "propaganda") ?? ids[0] ?? null;
}

function placeSides(ctx: Context, from: number, to: number, sentenceStart: number): OrgIdentity[][] {
  const out: OrgIdentity[][] = [];
  for (const p of startingIn(ctx.places, from, to)) {
    if (p.kind !== "place" || inParens(ctx.text, sentenceStart, p.start)) continue;
    const id = orgOfPlace(ctx, p.place.id);
    if (id && !out.some((s) => s.some((x) => x.key === id.key))) out.push([id]);
  }
  return out;
}

export function extractArticle(input: ArticleInput): Extraction {
  return extractPrepared(prepareArticle(input));
}

function extractPrepared(article: PreparedArticle): Extraction {
  const text = article.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const places = findPlaces(text, tokens);
  const orgs = findOrgs(text, tokens, places);
  const people = findPeople(text, orgs, places);
  const ctx: Context = {
    article,
    text,
    sentences,
    places,
    orgs,
    people,
    ident: new Map(),
    byPlace: new Map(),
    roleOrgs: new Set(people.flatMap((p) => p.roles.map((r) => r.org).filter((o): o is OrgMention => !!o))),
    chains: people.map((p) => ({ start: p.start, end: p.chainEnd })).sort((a, b) => a.start - b.start),
    facts: new FactSheet(sentences),
  };

  // delegation context: "Đoàn đại biểu tỉnh X do đồng chí ..." gives the title chain its place
  const hints = new Map<PersonMention, string>();
  for (const p of people) {
    const s = sentenceOf(ctx, p.start);
    if (!s) continue;
    const before = text.slice(s.start, p.start);
    const d = before.lastIndexOf("Đoàn");
    if (d < 0) continue;
    const pl = startingIn(places, s.start + d, p.start).find((x) => x.kind === "place");
    if (pl && pl.kind === "place") hints.set(p, pl.place.id);
  }
  ctx.ident = resolveOrgs(orgs, people, places, hints);
  for (const id of ctx.ident.values()) {
    if (!id.placeId) continue;
    const list = ctx.byPlace.get(id.placeId) ?? [];
    if (!list.some((x) => x.key === id.key)) list.push(id);
    ctx.byPlace.set(id.placeId, list);
  }

  // the event: the first sentence with a date, else the first sentence
  const dates = findDates(text, article.published);
  const leadDate = pickEventDate(dates) ?? undefined;
  const lead = (leadDate && sentenceOf(ctx, leadDate.start)) ?? sentences[0];
  const eventId = `event:${article.id}:1`;
  const facts = ctx.facts;

  // participants named in the lead sentence, outside title chains and glosses
  const leadParties = lead ? orgsIn(ctx, lead.start, lead.end, lead.start).filter((m) => !inRoleChain(ctx, m)) : [];
  const participants = new Map<string, { id: OrgIdentity; at: number }>();
  const participate = (id: OrgIdentity, at: number) => {
    if (!participants.has(id.key)) participants.set(id.key, { id, at });
  };
  for (const m of leadParties) participate(ctx.ident.get(m)!, m.start);

  // people, their roles, delegations
  const personIds = new Map<PersonMention, string>();
  const delegations: Array<{ person: string; org: OrgIdentity; at: number; placeId: string | null }> = [];
  const eventDate = leadDate?.date ?? null;
  for (const p of people) {
    const roleOrgs = p.roles.map((r) => {
      if (r.org) return ctx.ident.get(r.org) ?? null;
      if (r.impliedParty) {
        const place = p.roles.map((x) => (x.org ? ctx.ident.get(x.org)?.placeId : null)).find((x) => !!x) ?? hints.get(p) ?? null;
        return place ? { ...provincialPartyIdentity(place) } : null;
      }
      return null;
    });
    const country = roleOrgs.find((x) => x)?.country ?? (hints.get(p) ? getPlace(hints.get(p)!).country : null);
    const personId = facts.entity({
      id: `person:${foldKey(p.name)}:${(country ?? "xx").toLowerCase()}`,
      type: "Person",
      name: p.name,
      properties: country ? { country } : {},
    });
    personIds.set(p, personId);
    const ev = facts.evidenceAt(p.start);
    p.roles.forEach((r, i) => {
      const org = roleOrgs[i];
      if (!org) return;
      const orgId = addOrg(ctx, org, r.start);
      const roleId = facts.entity({
        id: `role:${foldKey(r.title)}@${org.key}`,
        type: "Role",
        name: `${r.title}, ${org.name}`,
        properties: { title: r.title, organization: orgId },
      });
      facts.relate("ROLE_AT", roleId, orgId, {}, ev);
      facts.relate("HOLDS_ROLE", personId, roleId, { asOf: eventDate ?? article.date }, ev);
    });
    // "do đồng chí X ... làm Trưởng đoàn", "X ... dẫn đầu đoàn"
    const s = sentenceOf(ctx, p.start);
    if (!s) continue;
    const before = text.slice(s.start, p.start);
    const after = text.slice(p.chainEnd, s.end);
    const ledBy =
      /(?:^|\s)do\s+(?:đồng chí|Đồng chí|ông|bà|đ\/c)?:?\s*$/u.test(before) && /^[^.;]{0,60}?(?:làm|là)\s+[Tt]rưởng đoàn|^[^.;]{0,30}?dẫn đầu/u.test(after);
    const leads = /^\s*,?\s*(?:đã\s+)?(?:dẫn đầu|làm [Tt]rưởng đoàn)/u.test(after);
    if (!ledBy && !leads) continue;
    if (/Đoàn đại biểu Quốc hội|Đoàn ĐBQH/u.test(before)) continue;
    const d = before.lastIndexOf("Đoàn") >= 0 ? before.lastIndexOf("Đoàn") : before.lastIndexOf("đoàn");
    const named =
      ledBy && d >= 0
        ? orgsIn(ctx, s.start + d, p.start, s.start).filter((m) => !inRoleChain(ctx, m))
        : leads
          ? orgsIn(ctx, p.chainEnd, s.end, s.start).slice(0, 1)
          : [];
    const hintPlace = hints.get(p) ?? null;
    let org: OrgIdentity | null = named.length ? ctx.ident.get(named[0]!)! : null;
    if (!org && hintPlace)
      org =
        roleOrgs.find((x) => x?.placeId === hintPlace && x.kind === "propaganda") ??
        roleOrgs.find((x) => x?.placeId === hintPlace) ??
        orgOfPlace(ctx, hintPlace);
    if (!org) org = roleOrgs.find((x) => x?.kind === "propaganda") ?? roleOrgs.find((x) => !!x) ?? null;
    if (!org) continue;
    delegations.push({ person: personId, org, at: p.start, placeId: org.placeId });
    participate(org, p.start);
  }

  // signings stated by the text (not planned ones)
  const signings: Array<{ a: OrgIdentity; b: OrgIdentity; document: ReturnType<typeof documentKind>; period: string | null; at: number }> = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(SIGNING)) {
      const verbAt = s.start + (m.index ?? 0);
      if (PLANNED.test(text.slice(Math.max(s.start, verbAt - 40), verbAt))) continue;
      const docEnd = verbAt + m[0].length;
      const document = documentKind(m[1] ?? "");
      const period = findPeriod(text.slice(docEnd, Math.min(s.end, docEnd + 80)));
      const giua = /(?:^|\s)giữa\s/u.exec(text.slice(docEnd, Math.min(s.end, docEnd + 90)));
      const from = giua ? docEnd + giua.index : s.start;
      const to = giua ? s.end : verbAt;
      let sd = sides(ctx, orgsIn(ctx, from, to, s.start));
      if (sd.length < 2) sd = [...sd, ...placeSides(ctx, from, to, s.start).filter((x) => !sd.some((y) => y.some((z) => z.key === x[0]!.key)))];
      if (sd.length < 2 && /(?:hai|2|các) (?:bên|tỉnh|đơn vị|ban|địa phương)/iu.test(s.text)) sd = sides(ctx, leadParties);
      if (sd.length < 2) continue;
      const [first, ...rest] = sd;
      for (const a of first!) for (const side of rest) for (const b of side) if (a.key !== b.key) signings.push({ a, b, document, period, at: verbAt });
    }
  }

  // hosts: "X tiếp/đón đoàn", "sang thăm và làm việc với X", or the side at home when a delegation visits
  const hosts = new Map<string, { id: OrgIdentity; at: number }>();
  // a visited province whose organisation the text does not name hosts as the province itself
  const hostProvinces = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?<![\p{L}])(?:tiếp(?: và làm việc với)?|đón(?: tiếp)?|tiếp đón)\s+(?:các\s+)?(?:[Đđ]oàn)/gu)) {
      if (/^Cùng/u.test(s.text)) continue;
      const at = s.start + (m.index ?? 0);
      const before = orgsIn(ctx, s.start, at, s.start).filter((x) => !inParens(text, s.start, x.start));
      const last = before[before.length - 1];
      if (last) hosts.set(ctx.ident.get(last)!.key, { id: ctx.ident.get(last)!, at });
    }
    for (const m of s.text.matchAll(/(?:sang|đến|tới)?\s*thăm(?:,| và)? làm việc (?:với|tại)\s/gu)) {
      if (!/[Đđ]oàn/u.test(s.text)) continue;
      const at = s.start + (m.index ?? 0) + m[0].length;
      const group = orgsIn(ctx, at, s.end, s.start)[0];
      if (group) {
        for (const o of orgsIn(ctx, at, s.end, s.start).filter((x) => x.group === group.group))
          hosts.set(ctx.ident.get(o)!.key, { id: ctx.ident.get(o)!, at: o.start });
      } else {
        const pl = startingIn(places, at, at + 30).find((x) => x.kind === "place");
        if (pl && pl.kind === "place") {
          const id = orgOfPlace(ctx, pl.place.id);
          if (id) hosts.set(id.key, { id, at });
          else hostProvinces.set(pl.place.id, at);
        }
      }
    }
  }

  // where: "tại <place>" in the lead sentence
  let heldIn: { placeId: string; at: number } | null = null;
  if (lead) {
    const t = /(?<![\p{L}])tại\s/u.exec(lead.text);
    if (t) {
      const at = lead.start + t.index + t[0].length;
      let close = at;
      let depth = 0;
      while (close < lead.end) {
        const ch = text[close];
        if (ch === "(") depth++;
        else if (ch === ")") depth = Math.max(0, depth - 1);
        else if (ch === "," && depth === 0) break;
        close++;
      }
      const pl = startingIn(places, at, close).find((x) => x.kind === "place");
      if (pl && pl.kind === "place") heldIn = { placeId: pl.place.id, at };
      else {
        const o = startingIn(orgs, at, close).find((x) => ctx.ident.get(x)?.placeId);
        if (o) heldIn = { placeId: ctx.ident.get(o)!.placeId!, at };
      }
    }
  }
  if (heldIn && hosts.size === 0 && delegations.some((d) => d.placeId && d.placeId !== heldIn!.placeId)) {
    const home = [...participants.values()].find((p) => p.id.placeId === heldIn!.placeId);
    if (home) hosts.set(home.id.key, { id: home.id, at: heldIn.at });
  }

  for (const h of hosts.values()) participate(h.id, h.at);
  for (const sg of signings) {
    participate(sg.a, sg.at);
    participate(sg.b, sg.at);
  }

  const hasEvent = participants.size > 0 || !!leadDate;
  if (hasEvent) {
    const leadText = lead?.text ?? "";
    const kind: EventKind = /hội đàm/iu.test(leadText)
      ? "talks"
      : /hội nghị|hội thảo|tọa đàm/iu.test(leadText)
        ? "conference"
        : /ký kết/iu.test(leadText) && signings.length
          ? "signing"
          : /(?<![\p{L}])(?:tiếp|đón)(?![\p{L}])/u.test(leadText) || (hosts.size > 0 && /(?<![\p{L}])tiếp(?![\p{L}])/u.test(article.title ?? ""))
            ? "reception"
            : /thăm|làm việc/iu.test(leadText)
              ? "working_visit"
              : signings.length
                ? "signing"
                : "meeting";
    const sideNames = [...new Set([...participants.values()].map((p) => (p.id.placeId ? getPlace(p.id.placeId).name : p.id.name)))];
    const date = leadDate?.date ?? null;
    facts.entity({
      id: eventId,
      type: "Event",
      name: `${KIND_LABEL[kind]}${sideNames.length ? " " + sideNames.join(" – ") : ""}${date ? ` (${date})` : ""}`,
      properties: { kind, ...(date ? { date } : {}), ...(leadDate?.endDate ? { endDate: leadDate.endDate } : {}), article: article.id },
    });
    const leadEv = lead ? [{ text: lead.text, start: lead.start, end: lead.end }] : [];
    for (const p of participants.values()) facts.relate("PARTICIPATED_IN", addOrg(ctx, p.id, p.at), eventId, {}, facts.evidenceAt(p.at));
    for (const h of hosts.values()) facts.relate("HOSTED", addOrg(ctx, h.id, h.at), eventId, {}, facts.evidenceAt(h.at));
    for (const [placeId, at] of hostProvinces) facts.relate("HOSTED", addProvince(ctx, placeId), eventId, {}, facts.evidenceAt(at));
    if (heldIn) facts.relate("HELD_IN", eventId, addProvince(ctx, heldIn.placeId), {}, leadEv);
    for (const d of delegations) facts.relate("LED_DELEGATION", d.person, addOrg(ctx, d.org, d.at), { event: eventId }, facts.evidenceAt(d.at), eventId);
    for (const [p, personId] of personIds) facts.relate("ATTENDED", personId, eventId, {}, facts.evidenceAt(p.start));
    const pairDirection = new Map<string, [OrgIdentity, OrgIdentity]>();
    for (const sg of signings) {
      // once per pair and document: the side the text names first stays first
      const pair = [sg.a.key, sg.b.key].sort().join("|") + `|${sg.document}`;
      const [a, b] = pairDirection.get(pair) ?? [sg.a, sg.b];
      pairDirection.set(pair, [a, b]);
      facts.relate(
        "SIGNED_WITH",
        addOrg(ctx, a, sg.at),
        addOrg(ctx, b, sg.at),
        { document: sg.document, period: sg.period, event: eventId },
        facts.evidenceAt(sg.at),
        `${sg.document}|${eventId}`,
      );
    }
  }

  const { entities, relations } = facts.list();
  return {
    article: { id: article.id, source: article.source, title: article.title, date: article.date, url: article.url },
    entities: entities.sort(byTypeThenId),
    relations,
  };
}

function byTypeThenId(a: Entity, b: Entity): number {
  return a.type === b.type ? a.id.localeCompare(b.id) : a.type.localeCompare(b.type);
}

function provincialPartyIdentity(placeId: string): OrgIdentity {
  const p = getPlace(placeId);
  const city = (p.kind === "city" || p.kind === "capital") && p.country === "VN";
  const bare = p.name.replace(/^Thành phố /u, "");
  return { key: `party:${placeId}`, name: `${city ? "Thành ủy" : "Tỉnh ủy"} ${bare}`, country: p.country, level: "provincial", placeId, kind: "party" };
}

/** The normalised text the offsets refer to (for `--with-text`). */
export function extractWithText(input: ArticleInput): Extraction {
  const article = prepareArticle(input);
  const doc = extractPrepared(article);
  return { ...doc, article: { ...doc.article, text: article.text } };
}
