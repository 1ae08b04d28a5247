// What was signed and by whom: a signing verb with a document of the contract's kinds
// ("ký kết biên bản ghi nhớ", "ký Biên bản hợp tác", "lễ ký kết thỏa thuận"). The sides are the
// parties after "giữa", else those before the verb (and after "với"): bodies, provinces, or the
// people who signed for them. A list signs with the first side ("X cùng các tỉnh A, B, C ký kết").
// A signing the text places in the past ("năm 2022 … đã ký kết", "Tính đến nay … đã ký") or
// plans is not one of this event.
import type { DocumentKind } from "../../graph/model";
import { SIGNING, PLANNED, documentKind, findPeriod } from "../recognise/documents";
import { matchesAtWordStart } from "../text/word-start";
import type { OrgIdentity } from "../recognise/org-identity";
import type { Sentence } from "../text/sentences";
import { startAfterLast, startingIn } from "../text/spans";
import { sideKey, type PartyIndex, type PartyMention } from "./parties";

export interface Signing {
  a: OrgIdentity;
  b: OrgIdentity;
  document: DocumentKind;
  period: string | null;
  at: number;
}

const PAST = /(?:[Tt]ính đến nay|đã từng|trước đó|trước đây|những năm qua|thời gian qua|(?<![\p{L}])năm (?:19|20)\d{2})/u;

/** How far a signing's sides, its clause and a gloss's parenthesis are looked for (characters). */
const REACH = 400;

const inParens = (text: string, from: number, at: number) => {
  const seg = text.slice(Math.max(from, at - REACH), at);
  return (seg.match(/\(/g)?.length ?? 0) > (seg.match(/\)/g)?.length ?? 0);
};

/** Distinct sides of a span, in order, one per province or central body; preferring bodies over people. */
function sidesIn(text: string, index: PartyIndex, from: number, to: number, sentenceStart: number): OrgIdentity[] {
  const seen = new Map<string, OrgIdentity>();
  const ms: PartyMention[] = startingIn(index.mentions, from, to).filter((x) => !inParens(text, sentenceStart, x.start));
  for (const m of ms) {
    const k = sideKey(m.party);
    const had = seen.get(k);
    if (!had || (had.kind === "leadership" && m.party.kind !== "leadership")) seen.set(k, m.party);
  }
  return [...seen.values()];
}

/** A cheap first test: a sentence without a signing verb has no signing. */
const MAY_SIGN = /ký|thông qua|trao/iu;
const BOTH_SIDES = /(?<![\p{L}])(?:hai|2|các|ba|3) (?:bên|tỉnh|đơn vị|ban|địa phương|Đảng|cơ quan)(?![\p{L}])/iu;

/** `eventSides`: the sides of the event, for "Hai bên đã ký kết …" that names none. */
export function findSignings(
  text: string,
  sentences: readonly Sentence[],
  index: PartyIndex,
  eventYear: string | null,
  eventSides: readonly OrgIdentity[],
): Signing[] {
  const out: Signing[] = [];
  for (const s of sentences) {
    if (!MAY_SIGN.test(s.text)) continue;
    for (const m of matchesAtWordStart(SIGNING, s.text)) {
      const verbAt = s.start + (m.index ?? 0);
      const clause = text.slice(Math.max(s.start, startAfterLast(text, ";", verbAt, REACH)), verbAt);
      if (PLANNED.test(text.slice(Math.max(s.start, verbAt - 40), verbAt))) continue;
      const past = PAST.exec(clause);
      if (past && !(eventYear && past[0].includes(eventYear))) continue;
      const docEnd = verbAt + m[0].length;
      const document = documentKind(m[1] ?? "");
      const period = findPeriod(text.slice(docEnd, Math.min(s.end, docEnd + 80)));
      const tailEnd = Math.min(s.end, docEnd + REACH);
      const tail = text.slice(docEnd, tailEnd);
      const giua = /(?:^|\s)giữa\s/u.exec(tail);
      const voi = /(?:^|\s)với\s/u.exec(tail);
      // "… ký kết chương trình phối hợp giữa 2 bên": a "giữa" that names no sides leaves the subject
      let sides = giua ? sidesIn(text, index, docEnd + giua.index, tailEnd, s.start) : [];
      if (sides.length < 2) sides = sidesIn(text, index, Math.max(s.start, verbAt - REACH), verbAt, s.start);
      if (!giua && voi)
        for (const x of sidesIn(text, index, docEnd + voi.index, tailEnd, s.start)) if (!sides.some((y) => sideKey(y) === sideKey(x))) sides.push(x);
      if (sides.length < 2 && BOTH_SIDES.test(text.slice(Math.max(s.start, verbAt - REACH), tailEnd))) sides = [...eventSides];
      if (sides.length < 2) continue;
      const [first, ...rest] = sides;
      for (const b of rest) out.push({ a: first!, b, document, period, at: verbAt });
    }
  }
  return out;
}
