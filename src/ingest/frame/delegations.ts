// Who led which delegation: "Đoàn đại biểu tỉnh X do (đồng chí) … Y … làm Trưởng đoàn / dẫn đầu",
// "Y … dẫn đầu Đoàn … X", "Y làm trưởng đoàn, cùng đoàn …", "đoàn công tác của đồng chí Y … làm
// Trưởng đoàn". "Y cùng đoàn công tác" states no leader. A delegation that names no body takes the
// one named just before ("Đoàn công tác do …" after "Đoàn lãnh đạo cấp cao tỉnh X"), else the
// leader's own body.
import { matchesAtWordStart } from "../text/word-start";
import { ADDRESS, RANK } from "../recognise/name-shapes";
import type { OrgIdentity } from "../recognise/org-identity";
import type { PersonMention } from "../recognise/people";
import type { Sentence } from "../text/sentences";
import { containing, startingIn } from "../text/spans";
import { foldKey } from "../../text/fold";
import { firstMentionIn, lastMentionBefore, type PartyIndex, type PartyMention } from "./parties";

const notPerson = (m: PartyMention) => m.source !== "person";

export interface Delegation {
  leader: PersonMention;
  party: OrgIdentity;
  at: number;
}

export interface DelegationMention {
  start: number;
  end: number;
  owners: PartyMention[];
}

const DELEGATION =
  /[Đđ]oàn(?! (?:ĐBQH|đại biểu Quốc hội|kết|thể|viên|thanh niên))(?: (?:đại biểu|công tác|lãnh đạo|cán bộ|cấp cao|biên giới|của|các|hai|\d+))*\s*/gu;
// the chain may end in a gloss or a country before the verb: "…, Trung Quốc làm Trưởng đoàn", "… (cơ quan …), dẫn đầu"
const LEADS_AFTER = /^(?:\s*\([^)]*\))?[\s,\-–]*(?:[^,.;()]{0,30}?\s)?(?:đã\s+)?(?:làm [Tt]rưởng đoàn|dẫn đầu|là [Tt]rưởng đoàn)/u;
const LEADER_OPEN = new RegExp(`(?:^|\\s)(?:do|của)\\s+(?:(?:${ADDRESS}|${RANK})\\s+)?$`, "u");

/** Delegation mentions with the bodies or provinces that own them ("Đoàn đại biểu tỉnh X, Y"). */
export function findDelegations(text: string, index: PartyIndex): DelegationMention[] {
  const out: DelegationMention[] = [];
  for (const m of matchesAtWordStart(DELEGATION, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const lead = /^(?:tỉnh|thành phố|Thủ đô|thủ đô)\s+/u.exec(text.slice(end)) ?? [""];
    const first = firstMentionIn(index, end, end + lead[0].length + 3, notPerson);
    const owners = first ? startingIn(index.mentions, first.start, first.start + 4000).filter((x) => x.group === first.group || x === first) : [];
    // "2 tỉnh Bình Phước và Tây Ninh", "tỉnh Long An và tỉnh Tây Ninh"
    if (first) {
      let last = owners[owners.length - 1]!;
      for (;;) {
        const sep = /^(?:,|\s+và|\s*-|\s*–)\s+(?:tỉnh\s+|thành phố\s+)?/u.exec(text.slice(last.end, last.end + 16));
        const next = sep ? firstMentionIn(index, last.end + sep[0].length, last.end + sep[0].length + 1, notPerson) : undefined;
        if (!next) break;
        owners.push(next);
        last = next;
      }
    }
    out.push({ start, end, owners });
  }
  return out;
}

export function findLeaders(
  text: string,
  sentences: readonly Sentence[],
  people: readonly PersonMention[],
  index: PartyIndex,
  delegations: readonly DelegationMention[],
): Delegation[] {
  const out: Delegation[] = [];
  for (const p of people) {
    const s = containing(sentences, p.start);
    if (!s) continue;
    const after = text.slice(p.chainEnd, s.end);
    if (!LEADS_AFTER.test(after)) continue;
    const before = text.slice(s.start, p.chainStart);
    const ownSide = index.personParty.get(foldKey(p.name)) ?? null;
    let party: OrgIdentity | null = null;
    if (LEADER_OPEN.test(before)) {
      // "Đoàn … X do Y … làm Trưởng đoàn": the nearest delegation before, else the side named before "do"
      const d = startingIn(delegations, s.start, p.chainStart).pop();
      const between = lastMentionBefore(index, d ? d.end : s.start, p.chainStart, notPerson);
      if (d && between && !d.owners.includes(between) && /,|(?:^|\s)với\s/u.test(text.slice(d.end, between.start)))
        party = between.party; // "… với đại diện Ban X, do Y dẫn đầu"
      else if (d?.owners.length) party = d.owners[0]!.party;
      else if (d) {
        const previous = startingIn(delegations, 0, d.start)
          .filter((x) => x.owners.length)
          .pop();
        party = previous?.owners[0]?.party ?? lastRoleSide(p, index) ?? ownSide;
      } else {
        const named = lastMentionBefore(index, s.start, p.chainStart, notPerson);
        party = named?.party ?? ownSide;
      }
    } else {
      // "Y … dẫn đầu Đoàn … X" / "Y làm trưởng đoàn, cùng đoàn … X"
      const d = startingIn(delegations, p.chainEnd, s.end).find((x) => x.owners.length);
      const ledAfter = /dẫn đầu/u.test(LEADS_AFTER.exec(after)?.[0] ?? "");
      party = ledAfter && d ? d.owners[0]!.party : (ownSide ?? d?.owners[0]?.party ?? null);
    }
    if (party) out.push({ leader: p, party, at: p.start });
  }
  return out;
}

/** The body of the last role in the leader's chain ("…, Trưởng ban Tuyên giáo Trung ương làm Trưởng đoàn"). */
function lastRoleSide(p: PersonMention, index: PartyIndex): OrgIdentity | null {
  for (let i = p.roles.length - 1; i >= 0; i--) {
    const r = p.roles[i]!;
    const m = firstMentionIn(index, r.start, r.end, (x) => x.source !== "person" && x.source !== "place");
    if (m) return m.party;
  }
  return null;
}
