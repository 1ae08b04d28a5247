// Matches that start a word. A look-behind such as (?<![\p{L}]) at the head of an expression keeps
// V8 from scanning for its first letters quickly and made it the slowest part of extraction; the
// test is made here instead, with the same result.

const LETTER = /\p{L}/u;

/**
 * The matches of a global expression whose first character does not follow a character of
 * `joined` (by default a letter): what `(?<![\p{L}])` at its head would give.
 */
export function* matchesAtWordStart(re: RegExp, text: string, joined: RegExp = LETTER): Generator<RegExpExecArray> {
  if (!re.global) throw new Error("matchesAtWordStart needs a global expression");
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && joined.test(text.charAt(m.index - 1))) {
      re.lastIndex = m.index + 1; // inside a word: a match may still start further on
      continue;
    }
    const next = re.lastIndex;
    yield m;
    re.lastIndex = m[0].length === 0 && next === m.index ? next + 1 : next;
  }
}
