// The sides of an event ("parties"): organisations, central bodies, or a province's leadership
// when the text names the province as an actor and no body of it. Each mention in the text that
// can stand for a side is a PartyMention; a person stands for the side of their role.
import { getPlace } from "../../reference/gazetteer";
import type { BodyMention } from "../recognise/bodies";
import { bodyIdentity, leadershipIdentity, type OrgIdentity } from "../recognise/org-identity";
import type { OrgMention } from "../recognise/orgs";
import type { PersonMention } from "../recognise/people";
import type { PlaceMention } from "../recognise/places";
import { foldKey } from "../../text/fold";
import { containing, lowerBound } from "../text/spans";

export interface PartyMention {
  start: number;
  end: number;
  party: OrgIdentity;
  /** Mentions of one distributed list share a group number. */
  group: number;
  source: "org" | "body" | "place" | "person";
}

export interface PartyIndex {
  mentions: PartyMention[];
  /** The side each named person stands for (the same name is the same person within an article). */
  personParty: Map<string, OrgIdentity | null>;
  /** The side a province stands for: its organisation named in the article, else its leadership. */
  placeParty(placeId: string): OrgIdentity;
}

/** The side of a person: a role at a provincial body first, then a central one. */
function sideOfRoles(p: PersonMention, ident: ReadonlyMap<OrgMention, OrgIdentity>, home: string | null): OrgIdentity | null {
  const orgs = p.roles.map((r) => (r.org ? (ident.get(r.org) ?? null) : null));
  const explicit = p.roles.findIndex((r, i) => !!r.org?.placeId && !!orgs[i]);
  if (explicit >= 0) return orgs[explicit]!;
  const placed = p.roles.find((r) => r.placeId);
  if (placed?.placeId) return leadershipIdentity(placed.placeId);
  const central = orgs.find((o) => o && o.level === "central");
  if (central) return central;
  // a title at a body known by its own name ("Chủ tịch Ủy ban T.Ư Mặt trận Lào xây dựng đất nước")
  const body = p.roles.find((r) => r.body)?.body;
  if (body) return bodyIdentity(body);
  const any = orgs.find((o) => !!o);
  if (any) return any;
  if (p.roles.some((r) => /^Tổng Bí thư$/u.test(r.title)) && home) return bodyIdentity({ start: 0, end: 0, name: "Đảng Cộng sản Việt Nam", country: "VN", holdsRoles: false });
  return null;
}

export function indexParties(
  orgs: readonly OrgMention[],
  ident: ReadonlyMap<OrgMention, OrgIdentity>,
  bodies: readonly BodyMention[],
  places: readonly PlaceMention[],
  people: readonly PersonMention[],
  home: string | null,
): PartyIndex {
  const byPlace = new Map<string, OrgIdentity>();
  for (const id of ident.values()) if (id.placeId && !byPlace.has(id.placeId)) byPlace.set(id.placeId, id);
  const placeParty = (placeId: string) => byPlace.get(placeId) ?? leadershipIdentity(placeId);
  const mentions: PartyMention[] = [];
  let group = 100000;
  for (const m of orgs) {
    const id = ident.get(m);
    if (id) mentions.push({ start: m.start, end: m.end, party: id, group: m.group, source: "org" });
  }
  // a body or place inside an organisation's name (or a place inside a body's) is not a side of its own
  const orgSpans = mentions.slice().sort((a, b) => a.start - b.start);
  const keptBodies = bodies.filter((b) => !containing(orgSpans, b.start));
  const covered = (at: number) => !!containing(orgSpans, at) || !!containing(keptBodies, at);
  for (const b of keptBodies) mentions.push({ start: b.start, end: b.end, party: bodyIdentity(b), group: ++group, source: "body" });
  for (const p of places) {
    if (p.kind !== "place" || covered(p.start)) continue;
    mentions.push({ start: p.start, end: p.end, party: placeParty(p.place.id), group: ++group, source: "place" });
  }
  // one person, one side: a role with a province named anywhere in the article wins
  const personParty = new Map<string, OrgIdentity | null>();
  for (const p of people) {
    const k = foldKey(p.name);
    const side = sideOfRoles(p, ident, home);
    const had = personParty.get(k);
    if (!had || (side && side.placeId && !had.placeId)) personParty.set(k, side ?? had ?? null);
  }
  for (const p of people) {
    const side = personParty.get(foldKey(p.name));
    if (side) mentions.push({ start: p.start, end: p.end, party: side, group: ++group, source: "person" });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, personParty, placeParty };
}

/** The last mention in [from, at) that ends by `at` and passes `ok`, by range lookup. */
export function lastMentionBefore(index: PartyIndex, from: number, at: number, ok: (m: PartyMention) => boolean = () => true): PartyMention | undefined {
  // walk back from `at`: the nearest comes first, a long sentence costs no more
  const ms = index.mentions;
  for (let i = lowerBound(ms, at) - 1; i >= 0 && ms[i]!.start >= from; i--) {
    const x = ms[i]!;
    if (x.end <= at && ok(x)) return x;
  }
  return undefined;
}

/** The first mention starting in [from, to) that passes `ok`, by range lookup. */
export function firstMentionIn(index: PartyIndex, from: number, to: number, ok: (m: PartyMention) => boolean = () => true): PartyMention | undefined {
  const ms = index.mentions;
  for (let i = lowerBound(ms, from); i < ms.length && ms[i]!.start < to; i++) if (ok(ms[i]!)) return ms[i];
  return undefined;
}

/** The key that tells sides apart: a province, or a central body. */
export function sideKey(p: OrgIdentity): string {
  return p.placeId ? `prov:${p.placeId}` : `org:${p.key}`;
}

export function placeName(p: OrgIdentity): string {
  return p.placeId ? getPlace(p.placeId).name : p.name;
}
