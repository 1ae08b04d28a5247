// Word tokens with offsets, the unit every recogniser walks over.
import { fold } from "../../text/fold";

export class Token {
  #folded: string | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    /** Starts with an upper-case letter. */
    readonly upper: boolean,
  ) {}
  /** The folded word ("Hủa" → "hua"), computed when first asked: most words never are. */
  get folded(): string {
    return (this.#folded ??= fold(this.text));
  }
}

// A word is a run of letters, marks and digits (\p{L}\p{M}\p{N}). The class of every BMP code
// unit is looked up in a table built once (a regular expression per token was a fifth of the
// extraction time); astral characters are classified one by one.
const OTHER = 0,
  WORD = 1,
  UPPER = 2;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c < 0xe000) continue;
  const s = String.fromCharCode(c);
  if (/[\p{L}\p{M}\p{N}]/u.test(s)) CLASS[c] = /\p{Lu}/u.test(s) ? UPPER : WORD;
}

/** The class of an astral character (or a lone surrogate) at i; its length is 2 when astral. */
function astralClass(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return OTHER;
  const s = String.fromCodePoint(cp);
  return /[\p{L}\p{M}\p{N}]/u.test(s) ? (/\p{Lu}/u.test(s) ? UPPER : WORD) : OTHER;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const surrogate = c >= 0xd800 && c < 0xe000;
    const first = surrogate ? astralClass(text, i) : CLASS[c]!;
    i += surrogate && text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (first === OTHER) continue;
    const start = surrogate ? i - 2 : i - 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0xd800 || d >= 0xe000) {
        if (CLASS[d] === OTHER) break;
        i++;
      } else {
        if (astralClass(text, i) === OTHER) break;
        i += 2;
      }
    }
    const word = text.slice(start, i);
    out.push(new Token(word, start, i, first === UPPER));
  }
  return out;
}
