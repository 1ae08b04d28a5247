// Text normalisation applied before anything else: NFC, one tone-mark placement, clean whitespace.
// Every offset the extractor reports refers to the text this module returns.

const TONED_A = "àáảãạ";
const TONED_E = "èéẻẽẹ";
const TONED_Y = "ỳýỷỹỵ";
const PLAIN_TONED: Record<string, string> = {};
const TONE_OF = new Map<string, number>();
for (const [plain, toned] of [
  ["a", TONED_A],
  ["e", TONED_E],
  ["y", TONED_Y],
] as const) {
  [...toned].forEach((ch, i) => {
    TONE_OF.set(ch, i);
    TONE_OF.set(ch.toUpperCase(), i);
    PLAIN_TONED[ch] = plain;
    PLAIN_TONED[ch.toUpperCase()] = plain.toUpperCase();
  });
}
const TONED_O = "òóỏõọ";
const TONED_U = "ùúủũụ";

/**
 * Moves the tone mark of open syllables "oa", "oe", "uy" (new style: hoà, thuỷ) to the first
 * vowel (old style: hòa, thủy), the style of the reference gazetteer. Syllables with a final
 * consonant ("hoàn", "tuyến") and "qu" + y ("quý") are the same in both styles and stay.
 */
const NEW_STYLE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}])/u;

export function unifyToneMarks(text: string): string {
  if (!NEW_STYLE.test(text)) return text; // most text is already in one style: skip the rewrite
  // the pair ends a word: "oa"/"oe" with the tone on a or e, "uy" with the tone on y (not after q)
  return text.replace(/([qQ]?)([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/gu, (whole, q: string, pair: string) => {
    const v1 = pair[0]!;
    const v2 = pair[1]!;
    const lowerV1 = v1.toLowerCase();
    if (lowerV1 === "u" && q) return whole;
    const tone = TONE_OF.get(v2);
    if (tone === undefined) return whole;
    const toned = (lowerV1 === "o" ? TONED_O : TONED_U)[tone] ?? v1;
    return q + (v1 === lowerV1 ? toned : toned.toUpperCase()) + (PLAIN_TONED[v2] ?? v2);
  });
}

/** Characters that become a space (odd spaces, tabs, zero-width space) or nothing (joiners, BOM, controls). */
const ODD_CHARACTER = /[\u0000-\u0008\t\u000B\u000C\u000E-\u001F\u007F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]|\u200C|\u200D/g;
const AS_NOTHING = /[\u0000-\u0008\u000E-\u001F\u007F\u2060\uFEFF]|\u200C|\u200D/;

/** Strips a BOM, composes to NFC, unifies tone marks and whitespace, keeps paragraph breaks. */
export function normaliseText(raw: string): string {
  let text = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(ODD_CHARACTER, (c) => (AS_NOTHING.test(c) ? "" : " "))
    .replace(/ {2,}/g, " ");
  // each line trimmed
  if (text.includes(" \n") || text.includes("\n ")) text = text.replace(/ ?\n ?/g, "\n");
  return unifyToneMarks(text)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
