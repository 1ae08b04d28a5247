// Turns a question in Vietnamese or English into one named query with its parameters,
// deterministically and explainably (no language model, no network). It reads:
// - places through the gazetteer in any spelling, with or without diacritics ("son la",
//   "Luang Prabang"); countries and their adjectives ("Lào", "nước bạn Lào", "Laos", "Lao");
// - years and spans ("năm 2022", "từ 2019", "giai đoạn 2020–2025", "since 2019");
// - document kinds ("biên bản ghi nhớ", "MoU", "chương trình phối hợp");
// - people (a capitalised name, or after "ông", "đồng chí", "roles of") and bodies by name;
// - the intent, from words of each intent in both languages.
// It says how it understood the question, and asks back rather than guessing: a place that may be
// two places ("Viêng Chăn": province or capital?), or a question it cannot map.
import { z } from "zod";
import { ALIAS_INDEX, getCountry, type Place } from "../reference/gazetteer";
import { fold } from "../text/fold";
import { normaliseText } from "../text/normalise";

export const IntentSchema = z.enum(["partners", "signings", "cooperation", "delegations", "received", "person", "holders", "timeline", "path", "count", "stats"]);
export type Intent = z.infer<typeof IntentSchema>;

export const ParsedQuestionSchema = z.object({
  question: z.string(),
  /** The named query to run, with its parameters as `kg query` takes them. */
  query: z.object({ name: z.string(), params: z.record(z.string(), z.string()) }).nullable(),
  intent: IntentSchema.nullable(),
  /** Only the number of rows is asked for ("bao nhiêu", "how many"). */
  count: z.boolean(),
  /** How the question was understood, in Vietnamese and in English. */
  understood: z.object({ vi: z.string(), en: z.string() }).nullable(),
  /** Words of the question that no part of the answer used: said, never dropped silently. */
  unused: z.array(z.string()).default([]),
  /** Asked back instead of guessing: why, and the readings to choose from. */
  clarify: z.object({ vi: z.string(), en: z.string(), options: z.array(z.string()) }).nullable(),
});
export type ParsedQuestion = z.infer<typeof ParsedQuestionSchema>;

interface Word {
  raw: string;
  key: string; // folded, lower case, letters and digits only
  start: number;
  end: number;
}

interface Found {
  places: Array<{ place: Place; from: number; to: number; bare: boolean }>;
  countries: Array<{ code: string; from: number; to: number }>;
}

/** What can be asked, for the answer to a question that maps to nothing. */
export const WHAT_CAN_BE_ASKED = {
  vi: [
    'các bên đã ký kết với một tỉnh ("Sơn La đã ký với những tỉnh nào của Lào?")',
    'ai dẫn đầu đoàn của một tỉnh ("Ai dẫn đầu các đoàn của Hủa Phăn từ 2019?")',
    'một tỉnh đã tiếp những đoàn nào ("Điện Biên đã tiếp những đoàn nào?")',
    'chức vụ và các chuyến thăm của một người ("Nguyễn Đức Vượng giữ chức vụ gì?")',
    'dòng thời gian của một tỉnh ("Dòng thời gian của Sơn La năm 2019")',
    'mối liên hệ giữa hai bên ("Sơn La và Luông Pha Băng liên quan thế nào?")',
    'số lượng ("Sơn La đã ký bao nhiêu văn bản?")',
  ],
  en: [
    'who signed with a province ("which Lao provinces has Son La signed with?")',
    'who led delegations from a province ("who led the delegations of Houaphanh since 2019?")',
    'which delegations a province received ("which delegations did Dien Bien receive?")',
    'a person\'s roles and visits ("what roles does Nguyen Duc Vuong hold?")',
    'a province\'s timeline ("timeline of Son La in 2019")',
    'the path between two entities ("how are Son La and Luang Prabang connected?")',
    'counts ("how many documents has Son La signed?")',
  ],
};

// ---------------------------------------------------------------- abbreviations

/** Abbreviations analysts write, as capitals (so "TU" is Tỉnh ủy, "từ" stays "từ"). */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = (
  [
    ["BTG", "Ban Tuyên giáo"],
    ["TG&DV", "Tuyên giáo và Dân vận"],
    ["TGDV", "Tuyên giáo và Dân vận"],
    ["TU", "Tỉnh ủy"],
    ["UBND", "Ủy ban nhân dân"],
    ["HĐND", "Hội đồng nhân dân"],
    ["HDND", "Hội đồng nhân dân"],
    ["MTTQ", "Mặt trận Tổ quốc"],
    ["TW", "Trung ương"],
    ["T.Ư", "Trung ương"],
    ["TƯ", "Trung ương"],
    ["Đ/c", "đồng chí"],
    ["đ/c", "đồng chí"],
    ["CHDCND Lào", "Lào"],
    ["CHDCND", "Lào"],
  ] as const
).map(([abbr, full]) => [new RegExp(`(?<![\\p{L}\\p{N}])${abbr.replace(/[.]/g, "\\.")}(?![\\p{L}\\p{N}])`, "gu"), full]);

/** The question with its abbreviations written out. */
export function expandAbbreviations(text: string): string {
  let out = text;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

// ---------------------------------------------------------------- words and phrases

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    out.push({ raw: m[0], key: fold(m[0]).replace(/[^a-z0-9]/g, ""), start, end: start + m[0].length });
  }
  return out;
}

/** Whether the folded words from i spell one of the phrases (each a space-separated folded phrase). */
function phraseAt(words: readonly Word[], i: number, phrases: readonly string[]): number {
  let best = 0;
  for (const p of phrases) {
    const parts = p.split(" ");
    if (parts.every((w, k) => words[i + k]?.key === w)) best = Math.max(best, parts.length);
  }
  return best;
}

function hasPhrase(words: readonly Word[], phrases: readonly string[]): boolean {
  return words.some((_, i) => phraseAt(words, i, phrases) > 0);
}

/** Country adjectives and bare names the gazetteer leaves to provinces ("Lao" before "provinces"). */
const COUNTRY_WORDS: Record<string, string[]> = {
  LA: ["lao", "laos", "nuoc ban lao", "ban lao", "cac tinh lao", "lao pdr"],
  KH: ["campuchia", "cambodia", "cambodian", "cam pu chia", "khmer", "nuoc ban campuchia"],
  CN: ["trung quoc", "china", "chinese"],
  VN: ["viet nam", "vietnam", "vietnamese", "trong nuoc"],
};

const PROVINCE_MARKERS = ["tinh", "province", "provincial"];
const CAPITAL_MARKERS = ["thu do", "capital", "thanh pho", "city"];

/** Places and countries, longest spelling first; "Lào Cai" is a province, "Lào" a country. */
function findEntities(words: readonly Word[]): Found {
  const found: Found = { places: [], countries: [] };
  for (let i = 0; i < words.length;) {
    let best: { to: number; place?: Place; code?: string } | null = null;
    let key = "";
    for (let j = i; j < Math.min(words.length, i + 8); j++) {
      key += words[j]!.key;
      const hit = ALIAS_INDEX.get(key);
      if (hit?.kind === "place") best = { to: j + 1, place: hit.place };
      else if (hit?.kind === "country") best = { to: j + 1, code: hit.country.code };
    }
    for (const [code, phrases] of Object.entries(COUNTRY_WORDS)) {
      const n = phraseAt(words, i, phrases);
      if (n > 0 && (!best || n > best.to - i)) best = { to: i + n, code };
    }
    if (!best) {
      i++;
      continue;
    }
    if (best.place) {
      // the marker may precede the spelling or be part of it ("tỉnh Viêng Chăn" is an alias)
      const before = words
        .slice(Math.max(0, i - 2), Math.min(best.to, i + 2))
        .map((w) => w.key)
        .join(" ");
      const marked = (m: string) => new RegExp(`(^| )${m}( |$)`).test(before);
      const bare = !PROVINCE_MARKERS.some(marked) && !CAPITAL_MARKERS.some(marked);
      found.places.push({ place: best.place, from: i, to: best.to, bare });
    } else if (best.code) found.countries.push({ code: best.code, from: i, to: best.to });
    i = best.to;
  }
  return found;
}

/** "Viêng Chăn" alone in a question: the province or the capital? */
const TWO_READINGS: Record<string, { id: string; vi: string; en: string }> = {
  "la-vientiane-province": { id: "la-vientiane-capital", vi: "Thủ đô Viêng Chăn", en: "Vientiane Capital" },
};

// ---------------------------------------------------------------- years and documents

function yearsOf(text: string): { from?: string; to?: string; vi: string; en: string } | null {
  const f = fold(text);
  const y = "((?:19|20)\\d{2})";
  const span = new RegExp(`(?:giai doan|tu nam|tu|from|between|nam)?\\s*${y}\\s*(?:-|–|—|den|toi|to|and|until)\\s*(?:nam\\s*)?${y}`).exec(f);
  if (span) return { from: span[1], to: span[2], vi: `từ ${span[1]} đến ${span[2]}`, en: `from ${span[1]} to ${span[2]}` };
  const since = new RegExp(`(?:tu nam|tu|ke tu|since|from|sau nam|after)\\s*${y}`).exec(f);
  if (since) return { from: since[1], vi: `từ ${since[1]}`, en: `since ${since[1]}` };
  const until = new RegExp(`(?:den nam|den|truoc nam|until|before|up to)\\s*${y}`).exec(f);
  if (until) return { to: until[1], vi: `đến ${until[1]}`, en: `until ${until[1]}` };
  const one = new RegExp(`(?:nam|in|trong nam|during)?\\s*${y}(?!\\d)`).exec(f);
  if (one) return { from: one[1], to: one[1], vi: `năm ${one[1]}`, en: `in ${one[1]}` };
  return null;
}

const DOCUMENTS: ReadonlyArray<{ kind: string; phrases: string[]; vi: string; en: string }> = [
  { kind: "minutes", phrases: ["bien ban hoi dam", "bien ban lam viec", "minutes"], vi: "biên bản hội đàm, làm việc", en: "minutes" },
  {
    kind: "mou",
    phrases: ["bien ban ghi nho", "ban ghi nho", "ghi nho", "mou", "mous", "memorandum", "memoranda", "memorandums"],
    vi: "biên bản ghi nhớ",
    en: "memoranda of understanding",
  },
  {
    kind: "cooperation_programme",
    phrases: [
      "chuong trinh phoi hop",
      "chuong trinh hop tac",
      "cooperation programme",
      "cooperation program",
      "cooperation programmes",
      "cooperation programs",
    ],
    vi: "chương trình phối hợp",
    en: "cooperation programmes",
  },
  { kind: "agreement", phrases: ["thoa thuan", "hiep dinh", "agreement", "agreements"], vi: "thỏa thuận", en: "agreements" },
];

// ---------------------------------------------------------------- intents

const WORDS: Record<Exclude<Intent, "stats" | "holders" | "signings">, string[]> = {
  path: [
    "lien quan",
    "lien he",
    "moi lien he",
    "ket noi",
    "duong di",
    "duong noi",
    "noi voi",
    "path",
    "connected",
    "connection",
    "connections",
    "linked",
    "related",
    "relationship between",
    "link between",
    "links",
    "what links",
  ],
  count: ["bao nhieu", "so luong", "may", "how many", "number of", "count"],
  person: ["chuc vu", "vai tro", "giu chuc", "cuong vi", "la ai", "roles", "role", "positions", "position", "titles", "who is", "lam gi"],
  partners: [
    "ky",
    "ky ket",
    "ky voi",
    "doi tac",
    "signed",
    "sign",
    "signing",
    "signings",
    "partner",
    "partners",
    "partnership",
    "partnerships",
    "ghi nho",
    "mou",
    "mous",
    "thoa thuan",
    "agreement",
    "agreements",
    "chuong trinh phoi hop",
  ],
  delegations: [
    "dan dau",
    "truong doan",
    "dan doan",
    "led",
    "lead",
    "leads",
    "leader",
    "leaders",
    "delegation",
    "delegations",
    "cac doan",
    "doan cua",
    "doan nao",
    "cu doan",
    "doan di",
  ],
  received: [
    "tiep",
    "don",
    "don tiep",
    "tiep don",
    "received",
    "receive",
    "receives",
    "hosted",
    "host",
    "hosts",
    "welcomed",
    "visited",
    "den tham",
    "sang tham",
  ],
  cooperation: [
    "hop tac",
    "lam viec voi",
    "co quan he",
    "quan he voi",
    "quan he cua",
    "quan he giua",
    "ket nghia",
    "phoi hop voi",
    "work with",
    "works with",
    "worked with",
    "cooperate",
    "cooperates",
    "cooperated",
    "cooperation",
    "relations with",
    "ties with",
    "twinned",
  ],
  timeline: ["dong thoi gian", "thoi gian bieu", "lich su", "hoat dong", "su kien", "timeline", "history", "events", "what happened", "activities", "lam gi"],
};

/**
 * Titles asked about ("Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An là ai?", "who is the party secretary
 * of Gia Lai?"): the title as roles carry it, and the kind of organisation it belongs to. Longer
 * phrases are tried first ("phó trưởng ban" before "trưởng ban").
 */
const TITLES: ReadonlyArray<{ phrases: string[]; title: string; kind?: string; vi: string; en: string }> = [
  {
    phrases: ["pho truong ban tuyen giao va dan van", "pho truong ban tuyen giao", "pho truong ban tuyen huan", "deputy head of the propaganda department", "deputy head of the propaganda board", "deputy head of propaganda"],
    title: "Phó Trưởng ban",
    kind: "propaganda",
    vi: "Phó Trưởng ban Tuyên giáo",
    en: "deputy head of propaganda",
  },
  {
    phrases: ["truong ban tuyen giao va dan van", "truong ban tuyen giao", "truong ban tuyen huan", "head of the propaganda department", "head of the propaganda board", "head of the propaganda commission", "head of propaganda", "heads propaganda", "heads the propaganda department", "in charge of propaganda", "propaganda chief", "chief of propaganda"],
    title: "Trưởng ban",
    kind: "propaganda",
    vi: "Trưởng ban Tuyên giáo",
    en: "head of propaganda",
  },
  {
    phrases: ["pho bi thu thuong truc tinh uy", "pho bi thu thuong truc thanh uy", "pho bi thu thuong truc", "standing deputy party secretary", "standing deputy secretary"],
    title: "Phó Bí thư Thường trực",
    kind: "party",
    vi: "Phó Bí thư Thường trực",
    en: "standing deputy party secretary",
  },
  {
    phrases: ["pho bi thu tinh uy", "pho bi thu thanh uy", "pho bi thu", "deputy party secretary", "deputy secretary of the party committee"],
    title: "Phó Bí thư",
    kind: "party",
    vi: "Phó Bí thư",
    en: "deputy party secretary",
  },
  {
    phrases: ["bi thu tinh uy", "bi thu thanh uy", "bi thu", "party secretary", "secretary of the party committee", "provincial party secretary", "party chief"],
    title: "Bí thư",
    kind: "party",
    vi: "Bí thư Tỉnh ủy",
    en: "party secretary",
  },
  {
    phrases: ["pho chu tich uy ban nhan dan", "vice chairman of the people s committee", "vice chairman of the people committee", "deputy chairman of the people s committee"],
    title: "Phó Chủ tịch",
    kind: "people_committee",
    vi: "Phó Chủ tịch Ủy ban nhân dân",
    en: "vice chairman of the people's committee",
  },
  {
    phrases: ["chu tich uy ban nhan dan", "chairman of the people s committee", "chairman of the provincial people s committee", "chairman of the people committee", "people s committee chairman"],
    title: "Chủ tịch",
    kind: "people_committee",
    vi: "Chủ tịch Ủy ban nhân dân",
    en: "chairman of the people's committee",
  },
  {
    phrases: ["chu tich hoi dong nhan dan", "chairman of the people s council", "chairman of the people council"],
    title: "Chủ tịch",
    kind: "council",
    vi: "Chủ tịch Hội đồng nhân dân",
    en: "chairman of the people's council",
  },
  { phrases: ["pho tinh truong", "deputy governor", "vice governor"], title: "Phó Tỉnh Trưởng", vi: "Phó Tỉnh trưởng", en: "deputy governor" },
  { phrases: ["tinh truong", "governor"], title: "Tỉnh Trưởng", vi: "Tỉnh trưởng", en: "governor" },
];

/** What the size of the graph is counted in ("Đồ thị có bao nhiêu nút?"). */
const STATS_WORDS = ["do thi", "nut", "quan he", "node", "nodes", "relationships", "relations", "graph", "bai bao", "articles", "entities", "thuc the", "edges", "canh"];

/** Words that ask where a province's delegations went. */
const WHERE_WORDS = ["di dau", "nhung dau", "den dau", "sang dau", "noi nao", "where", "went", "go", "go to", "visit where"];

/** Words that ask who holds something now. */
const WHO_WORDS = ["la ai", "ai la", "ai dang", "ai giu", "ai lam", "hien nay", "hien la", "who is", "who was", "who", "who s", "current", "currently"];

/** The title a question asks about, longest phrase first, with the words it spans. */
function titleOf(words: readonly Word[]): { title: (typeof TITLES)[number]; from: number; to: number } | null {
  let best: { title: (typeof TITLES)[number]; from: number; to: number } | null = null;
  for (let i = 0; i < words.length; i++)
    for (const t of TITLES) {
      const n = phraseAt(words, i, t.phrases);
      if (n > 0 && (!best || n > best.to - best.from)) best = { title: t, from: i, to: i + n };
    }
  return best;
}

/** Words that ask who led, which outweigh words of receiving ("ai dẫn đầu đoàn … đón"). */
const LEAD_WORDS = ["dan dau", "truong doan", "dan doan", "led", "lead", "leads", "leader", "leaders"];

/** Words of questions and of the genre: never taken for a person's name. */
const NOT_A_NAME = new Set(
  (
    "ai nao gi nhung cac bao nhieu the khi dau sao co khong da se dang voi va cua tai tu den nam la giu chuc vu " +
    "which who what when where how has have did does is are the of with in since from to and " +
    "ban tuyen giao huan tinh uy thanh trung uong doan truong dong chi ong ba ngai tinh nuoc"
  ).split(" "),
);

/** A person's name: capitalised words (two at least), or the words after "ông", "đồng chí", "of". */
function personOf(question: string, words: readonly Word[], taken: ReadonlySet<number>): string | null {
  for (let i = 0; i < words.length; i++) {
    const n = phraseAt(words, i, ["ong", "ba", "dong chi", "ngai", "roles of", "positions of", "titles of", "role of"]);
    if (n === 0) continue;
    const run: Word[] = [];
    // a question word ends the name; a capitalised one belongs to it ("Vong Sone In Pan Phim")
    for (let j = i + n; j < words.length && !taken.has(j) && !(NOT_A_NAME.has(words[j]!.key) && !/^\p{Lu}/u.test(words[j]!.raw)) && run.length < 6; j++)
      run.push(words[j]!);
    if (run.length >= 2) return question.slice(run[0]!.start, run[run.length - 1]!.end);
  }
  for (let i = 0; i < words.length; i++) {
    const run: Word[] = [];
    for (let j = i; j < words.length && !taken.has(j) && /^\p{Lu}/u.test(words[j]!.raw) && !NOT_A_NAME.has(words[j]!.key) && run.length < 6; j++)
      run.push(words[j]!);
    if (run.length >= 2 && run.length <= 5) return question.slice(run[0]!.start, run[run.length - 1]!.end);
  }
  return null;
}

/** Bodies named in the question, given to the query as the organisation. */
const BODIES: ReadonlyArray<{ phrases: string[]; name: string }> = [
  {
    phrases: ["ban tuyen giao trung uong", "ban tuyen giao va dan van trung uong", "central propaganda commission", "ban tgtw"],
    name: "Ban Tuyên giáo Trung ương",
  },
  { phrases: ["ban tuyen huan trung uong"], name: "Ban Tuyên huấn Trung ương" },
];

// ---------------------------------------------------------------- the parse

export function parseQuestion(input: string): ParsedQuestion {
  const question = expandAbbreviations(normaliseText(input)).replace(/\s+/g, " ").trim();
  const words = wordsOf(question);
  const none = (vi: string, en: string): ParsedQuestion => ({
    question,
    query: null,
    intent: null,
    count: false,
    understood: null,
    unused: [],
    clarify: { vi, en, options: [] },
  });
  if (words.length === 0) return none("Câu hỏi trống. " + whatCanBeAsked("vi"), "The question is empty. " + whatCanBeAsked("en"));

  const found = findEntities(words);
  const taken = new Set<number>();
  for (const p of found.places) for (let k = p.from; k < p.to; k++) taken.add(k);
  for (const c of found.countries) for (let k = c.from; k < c.to; k++) taken.add(k);

  // a place with two readings, named alone: ask which
  for (const p of found.places) {
    const other = TWO_READINGS[p.place.id];
    if (other && p.bare) {
      const said = question.slice(words[p.from]!.start, words[p.to - 1]!.end);
      const english = p.place.english ?? p.place.name;
      return {
        ...none("", ""),
        clarify: {
          vi: `"${said}" có thể là tỉnh ${p.place.name} hoặc ${other.vi}: hãy viết "tỉnh ${p.place.name}" hoặc "${other.vi}".`,
          en: `"${said}" may be ${english} or ${other.en}: write "${english}" or "${other.en}".`,
          options: [`tỉnh ${p.place.name}`, other.vi],
        },
      };
    }
  }

  const years = yearsOf(question);
  const asked = titleOf(words);
  if (asked) for (let k = asked.from; k < asked.to; k++) taken.add(k);
  const doc = DOCUMENTS.find((d) => hasPhrase(words, d.phrases));
  const body = BODIES.find((b) => hasPhrase(words, b.phrases));
  const count = hasPhrase(words, WORDS.count);
  const person = personOf(question, words, taken);
  // the first place is the subject; a country named is the partners' side
  const [subject, second] = found.places;
  const country = found.countries.find((c) => c.code !== subject?.place.country || found.places.length === 0) ?? found.countries[0];
  const hasSubject = !!subject || !!body;

  const otherIntent = (["partners", "delegations", "received", "cooperation", "timeline", "path"] as const).some((k) => hasPhrase(words, WORDS[k]));
  let intent: Intent | null = null;
  // "Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An là ai?", "Bí thư Tỉnh ủy Gia Lai": who holds the title
  if (asked && (hasSubject || country) && (hasPhrase(words, WHO_WORDS) || !otherIntent)) intent = "holders";
  else if (hasPhrase(words, WORDS.path) && ((subject && second) || (subject && person) || (body && subject))) intent = "path";
  else if (person && !subject && !body && (hasPhrase(words, WORDS.person) || hasPhrase(words, WORDS.delegations) || hasPhrase(words, WORDS.timeline)))
    intent = "person";
  else if (hasPhrase(words, WORDS.partners) && hasSubject) intent = "partners";
  // "Năm 2023 đã ký những văn bản nào?", "which MoUs were signed since 2019?": every signing, no subject
  else if (hasPhrase(words, WORDS.partners) && !hasSubject && !person && (years || doc || country)) intent = "signings";
  // "Sơn La hợp tác / làm việc với những tỉnh nào": signing, receiving, visiting or meeting
  else if (hasPhrase(words, WORDS.cooperation) && subject && !second) intent = "cooperation";
  // "Does Lao Cai cooperate with Yunnan?", "Quan hệ của Hà Tĩnh với Khăm Muồn": how the two are connected
  else if (hasPhrase(words, WORDS.cooperation) && subject && second) intent = "path";
  else if (hasPhrase(words, WORDS.received) && hasSubject && !hasPhrase(words, LEAD_WORDS)) intent = "received";
  else if (hasPhrase(words, WORDS.delegations) && (hasSubject || country || person)) intent = person && !hasSubject ? "person" : "delegations";
  else if (hasPhrase(words, WORDS.timeline) && (hasSubject || country)) intent = "timeline";
  else if (count && !hasSubject && !country && hasPhrase(words, STATS_WORDS)) intent = "stats";
  else if (person && !subject && hasPhrase(words, WORDS.person)) intent = "person";
  else if (hasSubject && count) intent = "timeline";

  if (!intent) {
    const unknown = words.filter((w, i) => !taken.has(i) && /^\p{Lu}/u.test(w.raw) && i > 0 && !NOT_A_NAME.has(w.key)).map((w) => w.raw);
    const hint = unknown.length ? `Không rõ "${unknown.join(" ")}" là gì. ` : "";
    const hintEn = unknown.length ? `"${unknown.join(" ")}" is not a place, body or question word I know. ` : "";
    return none(`${hint}Chưa hiểu câu hỏi. ${whatCanBeAsked("vi")}`, `${hintEn}I did not understand the question. ${whatCanBeAsked("en")}`);
  }

  // a capitalised word that is no place, body, person or word of the questions: ask, do not drop it
  const unknown = unknownWords(question, words, taken, person);
  if (unknown.length)
    return {
      ...none("", ""),
      clarify: {
        vi: `Không rõ "${unknown.join(", ")}" là gì (không phải tỉnh, cơ quan hay người đã biết). Hãy viết lại, ví dụ với tên tỉnh đầy đủ.`,
        en: `"${unknown.join(", ")}" is not a province, body or person I know. Please rephrase, e.g. with the province's full name.`,
        options: [],
      },
    };

  const params: Record<string, string> = {};
  const vi: string[] = [];
  const en: string[] = [];
  const subjectName = subject?.place.name ?? body?.name ?? "";
  const subjectParam = () => {
    if (subject) params.province = subject.place.name;
    else if (body) params.organization = body.name;
  };
  const countryName = (code: string) => getCountry(code)?.name ?? code;
  const countryEn = (code: string) => getCountry(code)?.english ?? code;
  const yearsParams = () => {
    if (years?.from) params.yearFrom = years.from;
    if (years?.to) params.yearTo = years.to;
  };
  let name = "";
  switch (intent) {
    case "partners": {
      name = "partners";
      subjectParam();
      if (country && country.code !== subject?.place.country) params.country = country.code;
      // a partner province named ("… với tỉnh nào của Quảng Tây"): its country filters, its name is in the rows
      else if (second && second.place.country !== subject?.place.country) params.country = second.place.country;
      if (doc) params.document = doc.kind;
      yearsParams();
      vi.push(`các bên ký kết với ${subjectName}`);
      en.push(`who signed with ${subject?.place.english ?? subjectName}`);
      if (second) {
        vi.push(`${second.place.name}: xem cột Tỉnh đối tác (chỉ lọc theo nước)`);
        en.push(`${second.place.english ?? second.place.name}: see the Partner province column (filtered by country only)`);
      }
      if (params.country) {
        vi.push(`đối tác ở ${countryName(params.country)}`);
        en.push(`partners in ${countryEn(params.country)}`);
      }
      if (doc) {
        vi.push(`văn bản: ${doc.vi}`);
        en.push(`documents: ${doc.en}`);
      }
      break;
    }
    case "signings": {
      name = "agreements";
      if (country) params.country = country.code;
      if (doc) params.document = doc.kind;
      yearsParams();
      vi.push("các văn bản đã ký giữa mọi bên (sổ văn bản ký kết)");
      en.push("everything signed, by any parties (the register of agreements)");
      if (params.country) {
        vi.push(`có một bên ở ${countryName(params.country)}`);
        en.push(`with a party in ${countryEn(params.country)}`);
      }
      if (doc) {
        vi.push(`văn bản: ${doc.vi}`);
        en.push(`documents: ${doc.en}`);
      }
      break;
    }
    case "cooperation": {
      name = "cooperation";
      params.province = subject?.place.name ?? "";
      if (country && country.code !== subject?.place.country) params.country = country.code;
      yearsParams();
      vi.push(`các tỉnh ${subjectName} hợp tác (ký kết, đón tiếp, sang thăm, gặp gỡ)`);
      en.push(`the provinces ${subject?.place.english ?? subjectName} works with (signed, hosted, visited, met)`);
      if (params.country) {
        vi.push(`ở ${countryName(params.country)}`);
        en.push(`in ${countryEn(params.country)}`);
      }
      break;
    }
    case "delegations": {
      name = "delegations";
      subjectParam();
      if (person && !subject && !body) params.person = person;
      // "sang Lào", "to Laos": where the delegations went (held there, or hosted by someone of there);
      // a country without a subject and without such a word is the delegations' own side
      const toward = (c: { from: number }) =>
        words.slice(Math.max(0, c.from - 2), c.from).some((w) => ["sang", "den", "toi", "to", "visiting", "vao", "tham"].includes(w.key));
      const side = found.countries.find((c) => !toward(c));
      const destination = found.countries.find((c) => toward(c) && c.code !== subject?.place.country);
      if (side && !subjectName) params.country = side.code;
      if (destination) params.destination = destination.code;
      yearsParams();
      vi.push(subjectName ? `ai dẫn đầu các đoàn của ${subjectName}` : "ai dẫn đầu các đoàn");
      en.push(subjectName ? `who led the delegations of ${subject?.place.english ?? subjectName}` : "who led delegations");
      if (hasPhrase(words, WHERE_WORDS)) {
        vi.push("và nơi các đoàn đến (cột Địa điểm, Bên đón tiếp)");
        en.push("and where they went (the Held in and Hosts columns)");
      }
      if (params.country) {
        vi.push(`bên ${countryName(params.country)}`);
        en.push(`of ${countryEn(params.country)}`);
      }
      if (params.destination) {
        vi.push(`đến ${countryName(params.destination)} (nơi diễn ra hoặc bên đón tiếp ở đó)`);
        en.push(`to ${countryEn(params.destination)} (held there, or hosted by someone of there)`);
      } else if (country && country.code !== subject?.place.country && !params.country) {
        vi.push(`nơi đến ${countryName(country.code)}: xem cột Địa điểm và Bên đón tiếp`);
        en.push(`going to ${countryEn(country.code)}: see the Held in and Hosts columns`);
      }
      break;
    }
    case "received":
    case "timeline": {
      name = "timeline";
      subjectParam();
      if (!subjectName && country) params.country = country.code;
      // "Điện Biên đã tiếp đoàn nào của Lào": only what the province hosted, from that country
      if (intent === "received") {
        params.hosted = "true";
        if (subjectName && country && country.code !== subject?.place.country) params.country = country.code;
      }
      yearsParams();
      const who = subjectName || (country ? countryName(country.code) : "");
      vi.push(intent === "received" ? `các đoàn ${who} đã tiếp` : `dòng thời gian của ${who}`);
      en.push(intent === "received" ? `the delegations ${subject?.place.english ?? who} received` : `the timeline of ${subject?.place.english ?? who}`);
      break;
    }
    case "holders": {
      name = "holders";
      params.title = asked!.title.title;
      if (asked!.title.kind) params.kind = asked!.title.kind;
      // the central body named: its own holders; else the province's organisation of that kind
      if (body && !subject) params.organization = body.name;
      else if (subject) params.province = subject.place.name;
      else if (country) params.country = country.code;
      const where = body && !subject ? body.name : subject ? subject.place.name : country ? countryName(country.code) : "";
      const whereEn = body && !subject ? body.name : subject ? (subject.place.english ?? subject.place.name) : country ? countryEn(country.code) : "";
      vi.push(`ai giữ chức ${asked!.title.vi} ở ${where} (người mới nhất trước, rồi những người trước đó)`);
      en.push(`who is the ${asked!.title.en} of ${whereEn} (the latest first, then the earlier ones)`);
      break;
    }
    case "person": {
      name = "person";
      params.person = person ?? "";
      vi.push(`chức vụ và các chuyến đi của ${person}`);
      en.push(`the roles and visits of ${person}`);
      break;
    }
    case "path": {
      name = "path";
      params.from = subject ? subject.place.name : (body?.name ?? "");
      params.to = second ? second.place.name : person && subject ? person : (subject?.place.name ?? "");
      if (body && subject && !second) {
        params.from = body.name;
        params.to = subject.place.name;
      }
      vi.push(`mối liên hệ giữa ${params.from} và ${params.to}`);
      en.push(`how ${params.from} and ${params.to} are connected`);
      break;
    }
    case "stats": {
      name = "stats";
      vi.push("quy mô của đồ thị");
      en.push("the size of the graph");
      break;
    }
  }
  if (years && name !== "stats" && name !== "path" && name !== "person") {
    vi.push(years.vi);
    en.push(years.en);
  }
  if (count && name !== "stats") {
    vi.unshift("đếm");
    en.unshift("count");
  }
  // never drop part of a question silently: the words nothing above used are named
  const unused = unusedWords(question, words, taken, person);
  if (unused.length) {
    vi.push(`không dùng: ${unused.map((w) => `"${w}"`).join(", ")}`);
    en.push(`not used: ${unused.map((w) => `"${w}"`).join(", ")}`);
  }
  return {
    question,
    query: { name, params },
    intent,
    count,
    understood: { vi: `Hiểu là: ${vi.join(", ")}`, en: `Understood as: ${en.join(", ")}` },
    unused,
    clarify: null,
  };
}

/** Every phrase of the vocabularies above, folded. */
const VOCABULARY: readonly string[] = [
  ...Object.values(WORDS).flat(),
  ...LEAD_WORDS,
  ...DOCUMENTS.flatMap((d) => d.phrases),
  ...BODIES.flatMap((b) => b.phrases),
  ...Object.values(COUNTRY_WORDS).flat(),
  ...PROVINCE_MARKERS,
  ...CAPITAL_MARKERS,
  ...TITLES.flatMap((t) => t.phrases),
  ...WHO_WORDS,
  ...WHERE_WORDS,
  ...STATS_WORDS,
];

/** Every word of the vocabularies, folded: a capitalised one of them is no unknown name. */
const KNOWN_WORDS: ReadonlySet<string> = new Set(VOCABULARY.flatMap((p) => p.split(" ")).concat([...NOT_A_NAME]));

/** Small words of both languages that carry no meaning for the answer. */
const FILLER = new Set(
  (
    "da dang se duoc bi cho toi xin hay vui long biet liet ke cho biet ve mot nhung cac nao gi thi la o tai " +
    "please tell me show list give all any a an the of in on at for by to with did do does has have had was were is are be been " +
    "there what which who whom whose when where how ra sao the nao nhu the nao nay hien " +
    "provinces giai doan before after until since between giua hold holds held documents document van ban send sent go went " +
    "nodes nut relationships quan he year years nam tinh nuoc ong ba ngai cua voi va tu den trong ai gi and s co sang from di"
  ).split(" "),
);

/** The phrases a word may be used in: a word is used when a phrase it belongs to is there. */
const KNOWN_PHRASES: readonly string[] = [
  ...VOCABULARY,
  "dong chi",
  "ban tuyen giao va dan van",
  "tuyen giao va dan van",
  "ban tuyen giao",
  "ban tuyen huan",
  "tinh uy",
  "thanh uy",
  "trung uong",
  "giai doan",
  "ke tu",
  "tu nam",
  "den nam",
  "trong nam",
  "up to",
];

function unusedWords(question: string, words: readonly Word[], taken: ReadonlySet<number>, person: string | null): string[] {
  const at = person !== null ? question.indexOf(person) : -1;
  const inPerson = (w: Word) => at >= 0 && w.start >= at && w.end <= at + person!.length;
  const used = new Set(taken);
  for (let i = 0; i < words.length; i++) {
    const n = phraseAt(words, i, KNOWN_PHRASES);
    for (let k = i; k < i + n; k++) used.add(k);
  }
  return words.filter((w, i) => !used.has(i) && !inPerson(w) && !/^\d+$/.test(w.key) && !FILLER.has(w.key) && w.key !== "").map((w) => w.raw);
}

function unknownWords(question: string, words: readonly Word[], taken: ReadonlySet<number>, person: string | null): string[] {
  const inPerson = (w: Word) =>
    person !== null && question.indexOf(person) >= 0 && w.start >= question.indexOf(person) && w.end <= question.indexOf(person) + person.length;
  return words
    .filter((w, i) => i > 0 && !taken.has(i) && /^\p{Lu}/u.test(w.raw) && !/^\d/.test(w.raw) && !KNOWN_WORDS.has(w.key) && !inPerson(w))
    .map((w) => w.raw);
}

export function whatCanBeAsked(lang: "vi" | "en"): string {
  return (lang === "vi" ? "Có thể hỏi: " : "You can ask: ") + WHAT_CAN_BE_ASKED[lang].join("; ") + ".";
}
