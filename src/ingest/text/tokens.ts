// Word tokens with offsets, the unit every recogniser walks over.
import { fold } from "../../text/fold";

export interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    out.push({
      text: m[0],
      folded: fold(m[0]),
      start,
      end: start + m[0].length,
      upper: /^\p{Lu}/u.test(m[0]),
    });
  }
  return out;
}
