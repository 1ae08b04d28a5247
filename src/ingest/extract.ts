// The extractor: one article in, the contract's entities and relations out, each relation with
// the sentence that states it. Pure and total: any string gives a valid document.
import { EVENT_KIND_LABELS, dateVi } from "../graph/format/labels-vi";
import type { Entity, EventKind, Extraction } from "../graph/model";
import { getCountry, getPlace } from "../reference/gazetteer";
import { prepareArticle, type ArticleInput, type PreparedArticle } from "./article-text";
import { FactSheet } from "./facts";
import { findDelegations, findLeaders } from "./frame/delegations";
import { receivingSides, statedPlace, visitedSides } from "./frame/hosts";
import { indexParties, placeName, sideKey } from "./frame/parties";
import { listedProvinces } from "./frame/province-lists";
import { findSignings } from "./frame/signings";
import { groupSpellings } from "./frame/spellings";
import { findBodies } from "./recognise/bodies";
import { eventDate as pickEventDate, findDates, type DateMention } from "./recognise/dates";
import { findOccasionYear, yearOnOccasion } from "./recognise/occasion-year";
import { bodyIdentity, leadershipIdentity, type OrgIdentity } from "./recognise/org-identity";
import { findOrgs } from "./recognise/orgs";
import { findPeople, type PersonMention } from "./recognise/people";
import { findPlaces } from "./recognise/places";
import { homeProvince, resolveOrgs } from "./recognise/resolve-orgs";
import { foldKey } from "../text/fold";
import { splitSentences } from "./text/sentences";
import { containing, startingIn } from "./text/spans";
import { tokenize } from "./text/tokens";

interface Context {
  text: string;
  facts: FactSheet;
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

/** Titles of Lao and Cambodian provincial government that Vietnamese provinces do not have. */
const FOREIGN_ONLY_TITLE = /^(?:Phó )?(?:Tỉnh|Huyện|Đô) [Tt]rưởng/u;

export function extractArticle(input: ArticleInput): Extraction {
  return extractPrepared(prepareArticle(input));
}

function extractPrepared(article: PreparedArticle): Extraction {
  const text = article.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const places = findPlaces(text, tokens);
  const orgs = findOrgs(text, tokens, places);
  const bodies = findBodies(text);
  const people = findPeople(text, tokens, orgs, places, bodies);
  const facts = new FactSheet(sentences);
  const ctx: Context = { text, facts };

  // delegation context: "Đoàn đại biểu tỉnh X do đồng chí ..." gives the title chain its place
  const hints = new Map<PersonMention, string>();
  let listed: { sentence: number; end: number; placeId: string } | null = null;
  for (const p of people) {
    const s = containing(sentences, p.start);
    if (!s) continue;
    // "A-nu-phạp Tu-na-lôm - Bí thư Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Thành ủy, …, Thủ
    // đô Viêng Chăn": a member of a foreign party's central committee holds the bare titles of his
    // chain in a province of that country, the nearest one the sentence names
    const party = startingIn(bodies, p.chainStart, p.chainEnd).find((b) => b.country !== "VN");
    if (party) {
      // bounded around the name: a text without full stops must not cost every person all its places
      const theirs = startingIn(places, Math.max(s.start, p.start - 300), Math.min(s.end, p.chainEnd + 300)).filter(
        (x) => x.kind === "place" && x.place.country === party.country,
      );
      const nearest = theirs.find((x) => x.start >= p.end) ?? theirs[theirs.length - 1];
      if (nearest && nearest.kind === "place") {
        hints.set(p, nearest.place.id);
        continue;
      }
    }
    // bounded look-back: a text without full stops must not cost every person the whole sentence
    const from = Math.max(s.start, p.start - 600);
    const before = text.slice(from, p.start);
    // "Đoàn …", or "… đoàn đại biểu tỉnh X do <title chain> Y dẫn đầu": Y leads X's delegation
    const lower = before.lastIndexOf("đoàn");
    const d = Math.max(before.lastIndexOf("Đoàn"), lower >= 0 && /\sdo\s/u.test(before.slice(lower)) ? lower : -1);
    if (d < 0) continue;
    // "Đoàn công tác tỉnh Lai Châu, tỉnh Luông Pha Bang có … X - Bí thư Tỉnh ủy, Tỉnh trưởng": a
    // title only Lao and Cambodian provinces have picks the foreign one of the places named
    // (or a title at a foreign body: "Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước")
    const foreignTitle = p.roles.some((r) => FOREIGN_ONLY_TITLE.test(r.title) || (r.body && r.body.country !== "VN"));
    const named = startingIn(places, from + d, p.start).filter((x) => x.kind === "place");
    const pl = named.find((x) => x.kind === "place" && (!foreignTitle || x.place.country !== "VN")) ?? named[0];
    // "… có các đồng chí: A - …, Tỉnh trưởng; B - Phó Bí thư Tỉnh ủy …": one list, one side
    const previous: string | null = listed && listed.sentence === s.start && text.slice(listed.end, p.start).includes(";") ? listed.placeId : null;
    const placeId: string | null = foreignTitle || !previous ? (pl && pl.kind === "place" ? pl.place.id : null) : previous;
    if (placeId) hints.set(p, placeId);
    listed = placeId ? { sentence: s.start, end: p.chainEnd, placeId } : listed;
  }
  const ident = resolveOrgs(orgs, people, places, hints);
  const home = homeProvince(places, orgs);
  const index = indexParties(orgs, ident, bodies, places, people, home);
  const chains = people.map((p) => ({ start: p.chainStart, end: p.chainEnd }));
  // offsets inside a title chain, marked once: no scan of the chains per mention
  const inChain = new Uint8Array(text.length + 1);
  for (const c of chains) inChain.fill(1, c.start, c.end);

  // the event: its date, the opening sentences (title and lead)
  const dates = findDates(text, article.published);
  const leadSentence = (dates[0] && containing(sentences, dates[0].start)) ?? sentences[0];
  const when = withOccasionYear(pickEventDate(dates), text, leadSentence?.text ?? "", article.published);
  const opening = sentences
    .filter((x) => x.start <= (leadSentence?.start ?? 0))
    .slice(-4)
    .concat(sentences.filter((x) => x.start > (leadSentence?.start ?? 0)).slice(0, 2));
  const eventYear = when?.hasYear ? when.date.slice(0, 4) : null;

  const delegationMentions = findDelegations(text, index);
  const delegations = findLeaders(text, sentences, people, index, delegationMentions);
  const received = receivingSides(text, sentences, index);
  const visited = visitedSides(text, sentences, index, places, home);
  const visitingKeys = new Set(delegations.map((d) => sideKey(d.party)).concat(delegationMentions.flatMap((d) => d.owners.map((o) => sideKey(o.party)))));

  // hosts: stated receivers first; else the sides visited; else a country's central bodies
  const hosts = new Map<string, { party: OrgIdentity; at: number }>();
  for (const [k, v] of received) if (!visitingKeys.has(sideKey(v.party)) || received.size === 1) hosts.set(k, v);
  if (hosts.size === 0) for (const v of visited.sides) if (!visitingKeys.has(sideKey(v.party))) hosts.set(v.party.key, { party: v.party, at: v.start });
  if (hosts.size === 0 && visited.countries.length) {
    const central = index.mentions.filter(
      (m) => m.party.level === "central" && visited.countries.includes(m.party.country) && !visitingKeys.has(sideKey(m.party)),
    );
    const propaganda = central.filter((m) => m.party.kind === "propaganda");
    for (const m of propaganda.length ? propaganda : central) hosts.set(m.party.key, { party: m.party, at: m.start });
  }

  preferCounterpart(hosts, index.mentions, [...delegations.map((d) => d.party), ...delegationMentions.flatMap((d) => d.owners.map((o) => o.party))]);

  // "Hai bên đã ký kết …": the sides of the event are the delegations, the hosts and the lead's bodies
  const eventSides = new Map<string, OrgIdentity>();
  const addSide = (p: OrgIdentity) => {
    if (!eventSides.has(sideKey(p))) eventSides.set(sideKey(p), p);
  };
  for (const d of delegationMentions) for (const o of d.owners) addSide(o.party);
  for (const d of delegations) addSide(d.party);
  for (const h of hosts.values()) addSide(h.party);
  if (leadSentence) for (const m of index.mentions) if (m.start >= leadSentence.start && m.start < leadSentence.end && m.source === "org") addSide(m.party);
  const signings = findSignings(text, sentences, index, eventYear, [...eventSides.values()]);

  // where: "tại X" in the opening sentences, else the one province visited
  let heldIn = statedPlace(text, opening, places, index, inChain);
  const visitedPlaces = [...new Set(visited.sides.map((v) => v.party.placeId).filter((x): x is string => !!x))];
  if (!heldIn && visitedPlaces.length === 1 && !visitingKeys.has(`prov:${visitedPlaces[0]}`))
    heldIn = { placeId: visitedPlaces[0]!, at: visited.sides[0]!.start };
  // a delegation received at home: the receivers' one province, when the visitors come from elsewhere
  const hostPlaces = [...new Set([...hosts.values()].map((h) => h.party.placeId))];
  const visitingPlaces = new Set([...delegations.map((d) => d.party.placeId), ...delegationMentions.flatMap((d) => d.owners.map((o) => o.party.placeId))]);
  if (!heldIn && hostPlaces.length === 1 && hostPlaces[0] && visitingPlaces.size > 0 && !visitingPlaces.has(hostPlaces[0]))
    heldIn = { placeId: hostPlaces[0], at: [...hosts.values()][0]!.at };

  // participants: delegations, hosts, signers, the people who took part, the sides of the lead sentence
  const participants = new Map<string, { party: OrgIdentity; at: number }>();
  const withBody = new Set<string>(); // provinces with a body taking part: their leadership stand-in is not needed
  const participate = (party: OrgIdentity, at: number) => {
    if (party.kind === "leadership" && withBody.has(sideKey(party))) return;
    if (party.kind !== "leadership") withBody.add(sideKey(party));
    if (!participants.has(party.key)) participants.set(party.key, { party, at });
  };
  // the lead sentence states who took part: its bodies come first, with it as their evidence
  if (leadSentence) {
    for (const m of startingIn(index.mentions, leadSentence.start, leadSentence.end)) {
      if (m.source === "person" || m.source === "place") continue;
      if (inChain[m.start]) continue;
      participate(m.party, m.start);
    }
  }
  for (const d of delegations) participate(d.party, d.at);
  for (const p of listedProvinces(text, sentences, places)) if (p.kind === "place") participate(index.placeParty(p.place.id), p.start);
  for (const d of delegationMentions) for (const o of d.owners) participate(o.party, o.start);
  for (const h of hosts.values()) participate(h.party, h.at);
  for (const sg of signings) {
    participate(sg.a, sg.at);
    participate(sg.b, sg.at);
  }
  for (const p of people) {
    if (!p.participant) continue;
    const side = index.personParty.get(foldKey(p.name));
    if (side) participate(side, p.start);
  }
  // a province both at home and visiting is one side: drop a leadership stand-in when its province has a body
  for (const [k, p] of participants) if (p.party.kind === "leadership" && withBody.has(sideKey(p.party))) participants.delete(k);

  const eventId = `event:${article.id}:1`;
  const hasEvent = participants.size > 0 || !!when;
  // the contract's people are participants: a person only reported ("lời chúc của đồng chí X") is not one
  const taking = new Set(people.filter((p) => p.participant).map((p) => foldKey(p.name)));
  const countryOf = (p: PersonMention) => index.personParty.get(foldKey(p.name))?.country ?? (hints.get(p) ? getPlace(hints.get(p)!).country : null);
  // one person spelt two ways is one node, named by its first spelling, with the others as aliases
  const spellings = groupSpellings(
    people
      .filter((p) => p.participant)
      .map((p) => {
        const side = index.personParty.get(foldKey(p.name)) ?? null;
        return { name: p.name, side: side ? sideKey(side) : null, country: countryOf(p), titles: p.roles.map((r) => r.title) };
      }),
  );
  const personKey = (name: string) => foldKey(spellings.canonical.get(foldKey(name)) ?? name);
  const personIds = new Map<string, string>();
  for (const p of people) {
    if (!taking.has(foldKey(p.name))) continue;
    const key = personKey(p.name);
    const side = index.personParty.get(foldKey(p.name)) ?? null;
    const country = countryOf(p);
    const name = spellings.canonical.get(foldKey(p.name)) ?? p.name;
    const aliases = spellings.aliases.get(name);
    const personId =
      personIds.get(key) ??
      facts.entity({ id: `person:${key}`, type: "Person", name, properties: { ...(country ? { country } : {}), ...(aliases ? { aliases } : {}) } });
    personIds.set(key, personId);
    if (country && !facts.get(personId)?.properties.country) facts.get(personId)!.properties.country = country;
    const ev = facts.evidenceAt(p.start);
    for (const r of p.roles) {
      const org = r.org
        ? (ident.get(r.org) ?? null)
        : r.body
          ? bodyIdentity(r.body)
          : r.placeId
          ? leadershipIdentity(r.placeId)
          : r.impliedParty && side?.placeId
            ? provincialPartyIdentity(side.placeId)
            : null;
      if (!org) continue;
      const orgId = addOrg(ctx, org, r.start);
      const roleId = facts.entity({
        id: `role:${foldKey(r.title)}@${org.key}`,
        type: "Role",
        name: `${r.title}, ${org.name}`,
        properties: { title: r.title, organization: orgId },
      });
      facts.relate("ROLE_AT", roleId, orgId, {}, ev);
      facts.relate("HOLDS_ROLE", personId, roleId, { asOf: when?.date ?? article.date }, ev);
    }
  }

  if (hasEvent) {
    const leadText = leadSentence?.text ?? "";
    const kind: EventKind = /hội đàm/iu.test(leadText)
      ? "talks"
      : /hội nghị|hội thảo|tọa đàm|hội thi/iu.test(leadText)
        ? "conference"
        : /ký kết|(?<![\p{L}])ký(?![\p{L}])/iu.test(leadText) && signings.length
          ? "signing"
          : /(?<![\p{L}])(?:tiếp|đón)(?![\p{L}])/u.test(leadText)
            ? "reception"
            : /thăm|làm việc|chúc [Tt]ết/iu.test(leadText)
              ? "working_visit"
              : signings.length
                ? "signing"
                : "meeting";
    const sideNames = [...new Set([...participants.values()].map((p) => placeName(p.party)))];
    const date = when?.date ?? null;
    facts.entity({
      id: eventId,
      type: "Event",
      name: `${EVENT_KIND_LABELS[kind]}${sideNames.length ? " " + sideNames.join(" – ") : ""}${date ? ` (${dateVi(date)})` : ""}`,
      properties: { kind, ...(date ? { date } : {}), ...(when?.endDate ? { endDate: when.endDate } : {}), article: article.id },
    });
    for (const p of participants.values()) facts.relate("PARTICIPATED_IN", addOrg(ctx, p.party, p.at), eventId, {}, facts.evidenceAt(p.at));
    for (const h of hosts.values()) facts.relate("HOSTED", addOrg(ctx, h.party, h.at), eventId, {}, facts.evidenceAt(h.at));
    if (heldIn) facts.relate("HELD_IN", eventId, addProvince(ctx, heldIn.placeId), {}, facts.evidenceAt(heldIn.at));
    for (const d of delegations) {
      if (!d.leader.participant) continue;
      const personId = personIds.get(personKey(d.leader.name));
      if (personId) facts.relate("LED_DELEGATION", personId, addOrg(ctx, d.party, d.at), { event: eventId }, facts.evidenceAt(d.at), eventId);
    }
    for (const p of people) if (p.participant) facts.relate("ATTENDED", personIds.get(personKey(p.name))!, eventId, {}, facts.evidenceAt(p.start));
    const pairDirection = new Map<string, [OrgIdentity, OrgIdentity]>();
    for (const sg of signings) {
      // once per pair of sides and document: the side the text names first stays first
      // (a later sentence may add the period and its evidence)
      const pair = [sideKey(sg.a), sideKey(sg.b)].sort().join("|") + `|${sg.document}`;
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

/**
 * A propaganda department's delegation received at a foreign party ("làm việc tại trụ sở Đảng Nhân
 * dân Campuchia … với Ban Tuyên huấn Trung ương"): its host is its counterpart, the department of
 * that party the article names, rather than the party as a whole.
 */
function preferCounterpart(
  hosts: Map<string, { party: OrgIdentity; at: number }>,
  mentions: ReadonlyArray<{ party: OrgIdentity; start: number }>,
  visitors: readonly OrgIdentity[],
): void {
  const parties = [...hosts.values()];
  if (!parties.length || !parties.every((h) => h.party.kind === "body" && h.party.level === "central")) return;
  const countries = new Set(parties.map((h) => h.party.country));
  // the counterpart may "lead" its own side at the talks; it is still the host, not the visitor
  if (!visitors.some((v) => v.kind === "propaganda" && !countries.has(v.country))) return;
  const counterpart = mentions.find((m) => m.party.kind === "propaganda" && m.party.level === "central" && countries.has(m.party.country));
  if (!counterpart) return;
  hosts.clear();
  hosts.set(counterpart.party.key, { party: counterpart.party, at: counterpart.start });
}

/**
 * A day and month without a year take the year the text ties to the event or its occasion,
 * unless that would put the event after the article's publication.
 */
function withOccasionYear(when: DateMention | null, text: string, near: string, published: string | null): DateMention | null {
  if (!when || when.hasYear) return when;
  const occasion = findOccasionYear(text, near);
  if (!occasion) return when;
  const dated = (md: string) => `${yearOnOccasion(Number(md.slice(-5, -3)), occasion)}-${md.slice(-5)}`;
  const date = dated(when.date);
  if (published && date > (published.length === 7 ? `${published}-31` : published)) return when;
  return { ...when, date, endDate: when.endDate ? dated(when.endDate) : null };
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
