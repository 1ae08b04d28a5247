// Who received the others, and where. A side receives when the text says so ("X tiếp/đón đoàn",
// "Tiếp đoàn có đồng chí Y …", "Về phía tỉnh X, đón tiếp …", "Tiễn đoàn … có …"); otherwise the
// side a delegation visits ("sang thăm, chúc Tết tỉnh X", "đến chào xã giao lãnh đạo tỉnh X",
// "thăm và làm việc tại X", "thăm Việt Nam"). The place: "tại X" in the opening sentences (a town
// is its province, a body's seat is its province), else the province visited.
import type { OrgIdentity } from "../recognise/org-identity";
import type { PlaceMention } from "../recognise/places";
import type { Sentence } from "../text/sentences";
import { startingIn } from "../text/spans";
import { matchesAtWordStart } from "../text/word-start";
import { firstMentionIn as firstIn, lastMentionBefore as lastBefore, type PartyIndex, type PartyMention } from "./parties";

export interface Located {
  placeId: string;
  at: number;
}

const RECEIVES_AFTER =
  /(?:chủ trì\s+)?(?:tiếp đón|đón tiếp|tiếp|đón|tiễn)(?:\s+(?:thân mật|xã giao|chính thức))?(?:(?:,| và) làm việc với)?\s+(?:các\s+)?(?:[Đđ]oàn|ông|bà|đồng chí|ngài|Ngài|Đại sứ|lãnh đạo)(?![\p{L}])/gu;
const RECEIVING_LIST =
  /(?:[Đđ]ón(?: và|,)? tiếp|[Tt]iếp đón|[Tt]iếp|[Đđ]ón|[Tt]iễn|[Cc]hủ trì tiếp)(?: (?:và|,) [^,.;]{0,24}?)?\s+(?:[Đđ]oàn|đồng chí Bí thư)[^.;:]{0,120}?\scó(?:\s+các)?(?:\s+(?:đồng chí|ông|bà|ngài))?\s*:?\s*/gu;
const VISIT =
  /(?:(?:sang|đến|tới|về)\s+(?:thăm|chúc [Tt]ết|chúc mừng|chào xã giao|làm việc|khảo sát)|(?<!(?:chuyến|cuộc|buổi|lời mời)\s)thăm|(?<=có\s)chuyến thăm(?=(?:,| và)? làm việc|\s+(?:tại|tới|đến)\s))(?:(?:,| và|,? làm việc|,? chúc [Tt]ết|,? chúc mừng|,? chào xã giao| khảo sát)+)?(?: (?:với|tại))?\s+/gu;
// cheap first tests (no look-around): a sentence without these words has no receiving or visiting verb
const MAY_RECEIVE = /[Tt]iếp|[Đđ]ón|[Tt]iễn/u;
const MAY_VISIT = /làm việc|chúc [Tt]ết|chúc mừng|chào xã giao|khảo sát/u;
/** The receiving list opens the sentence or follows a space or a comma. */
const AFTER_SPACE_OR_COMMA_ONLY = /[^\s,]/u;
/** Near the verb, a visit still to come; a plan carried out or an invitation accepted is this visit. */
const NOT_NOW =
  /(?:sẽ|dự kiến|(?<!(?:nhận|theo) )lời mời|(?<!lời |(?:nhận|theo) lời )mời|(?<!(?:thực hiện|theo|triển khai) )kế hoạch|trong thời gian tới|sớm nhất)/u;

/** "Đón tiếp đoàn đại biểu tỉnh X có …": X is the delegation received, named in one phrase with "đoàn". */
function ownsReceivedDelegation(text: string, verbAt: number, sideAt: number): boolean {
  if (sideAt < verbAt) return false;
  const between = text.slice(verbAt, sideAt);
  const d = between.search(/[Đđ]oàn(?![\p{L}])/u);
  return d >= 0 && !/[,;:.]/u.test(between.slice(d));
}

/** Hosts stated by a verb of receiving. */
export function receivingSides(text: string, sentences: readonly Sentence[], index: PartyIndex): Map<string, { party: OrgIdentity; at: number }> {
  const out = new Map<string, { party: OrgIdentity; at: number }>();
  const add = (m: PartyMention | undefined, at: number) => {
    if (m) out.set(m.party.key, { party: m.party, at });
  };
  for (const s of sentences) {
    const t = s.text;
    // "Cùng tiếp đoàn có …": people joining the receiving side, not another host
    if (!MAY_RECEIVE.test(t) || /^Cùng\s/u.test(t)) continue;
    const veBefore = /Về phía\s/u.exec(t); // once per sentence: a long sentence costs no more
    for (const m of matchesAtWordStart(RECEIVING_LIST, t, AFTER_SPACE_OR_COMMA_ONLY)) {
      const at = s.start + (m.index ?? 0);
      const listAt = at + m[0].length;
      // "…, tỉnh Sơn La có các đồng chí", "Về phía tỉnh Lào Cai, đón tiếp …": the side named before
      const placeBefore = lastBefore(index, s.start, listAt);
      const named = firstIn(index, listAt, listAt + 4);
      if (veBefore)
        add(
          firstIn(index, s.start + veBefore.index, s.end, (x) => x.source !== "person"),
          at,
        );
      else if (
        placeBefore &&
        listAt - placeBefore.end < 30 &&
        !ownsReceivedDelegation(text, at, placeBefore.start) &&
        /\sc[oó]\s*(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*$/u.test(text.slice(placeBefore.end, listAt))
      )
        add(placeBefore, at);
      else add(named, at);
    }
    for (const m of matchesAtWordStart(RECEIVES_AFTER, t)) {
      const at = s.start + (m.index ?? 0);
      if (/^(?:[Tt]iếp tục|[Đđ]ón nhận)/u.test(text.slice(at, at + 12))) continue;
      // "Cảm ơn X đã tiếp đón Đoàn …": thanks for a reception on another visit
      if (THANKS.test(text.slice(Math.max(s.start, at - 120), at))) continue;
      const who = lastBefore(index, s.start, at);
      if (who && !out.has(who.party.key)) add(who, at);
    }
  }
  return out;
}

/** Sides a delegation visits; a country visited stands for its central bodies. */
export function visitedSides(
  text: string,
  sentences: readonly Sentence[],
  index: PartyIndex,
  places: readonly PlaceMention[],
  home: string | null = null,
): { sides: PartyMention[]; countries: string[] } {
  const sides: PartyMention[] = [];
  const countries: string[] = [];
  for (const s of sentences) {
    if (!s.text.includes("thăm") && !MAY_VISIT.test(s.text)) continue;
    for (const m of matchesAtWordStart(VISIT, s.text)) {
      const verbAt = s.start + (m.index ?? 0);
      const at = verbAt + m[0].length;
      if (NOT_NOW.test(text.slice(Math.max(s.start, verbAt - 50), at))) continue;
      const head = text.slice(at, Math.min(s.end, at + 70));
      const stop = head.search(/[;.]|\s(?:và trao|nhằm|để|về|nhân dịp)\s/u);
      const zone = stop >= 0 ? at + stop : at + head.length;
      const country = startingIn(places, at, zone).find((x) => x.kind === "country");
      // "đã đến thăm và làm việc tại tỉnh ta": the newspaper's own province, the one the article names most
      const ours = home ? OUR_PROVINCE.exec(text.slice(at, zone)) : null;
      if (ours && home) {
        sides.push({ start: at, end: at + ours[0].length, party: index.placeParty(home), group: -1, source: "place" });
        continue;
      }
      const target = firstIn(index, at, zone);
      // a list of provinces visited in one go: "… với Ban Tuyên huấn các tỉnh A, B và C"
      if (target && (!country || target.start < country.start))
        sides.push(...startingIn(index.mentions, target.start, s.end).filter((x) => x === target || (x.group === target.group && x.source === target.source)));
      else if (country && country.kind === "country") countries.push(country.country.code);
    }
  }
  // "Trong khuôn khổ chuyến thăm cấp Nhà nước của Tổng Bí thư … tới Lào": the country visited
  for (const m of text.matchAll(VISIT_TO_COUNTRY)) {
    const at = (m.index ?? 0) + m[0].length;
    const country = startingIn(places, at, at + 2).find((x) => x.kind === "country");
    if (country && country.kind === "country" && !NOT_NOW.test(m[0])) countries.push(country.country.code);
  }
  return { sides, countries };
}

const THANKS = /(?<![\p{L}])(?:[Cc]ảm ơn|[Cc]ám ơn|[Bb]iết ơn|[Tt]ri ân)(?![\p{L}])[^.;]*$/u;
const OUR_PROVINCE = /^(?:tỉnh|thành phố) ta(?![\p{L}])/u;
const VISIT_TO_COUNTRY = /(?:chuyến|cuộc) thăm[^.;\n]{0,80}?\s(?:tới|đến|sang)\s+(?:nước\s+)?/gu;

/** "tại X" in the opening sentences: a province, a town of one, or the seat of a body of one. */
export function statedPlace(
  text: string,
  opening: readonly Sentence[],
  places: readonly PlaceMention[],
  index: PartyIndex,
  /** 1 at the offsets inside a person's title chain. */
  inChain: Uint8Array,
): Located | null {
  for (const s of opening) {
    for (const t of matchesAtWordStart(/[Tt]ại\s/gu, s.text)) {
      const at = s.start + (t.index ?? 0) + t[0].length;
      if (inChain[at]) continue;
      let close = at;
      let depth = 0;
      while (close < s.end) {
        const ch = text[close];
        if (ch === "(") depth++;
        else if (ch === ")") depth = Math.max(0, depth - 1);
        else if ((ch === "," || ch === ";") && depth === 0) break;
        close++;
      }
      const first = startingIn(places, at, close).find((x) => x.kind === "place" || x.kind === "country");
      const seat = firstIn(index, at, close, (x) => !!x.party.placeId && x.source !== "person");
      if (first?.kind === "place" && (!seat || first.start <= seat.start)) return { placeId: first.place.id, at };
      if (seat?.party.placeId && (!first || seat.start < first.start)) return { placeId: seat.party.placeId, at };
    }
  }
  return null;
}
