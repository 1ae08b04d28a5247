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
  return text.replace(
    /(^|[^\p{L}])([^\p{L}\s]*?)([\p{L}]*?)([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}])/gu,
    (whole, pre: string, punct: string, head: string, v1: string, v2: string) => {
      const lowerV1 = v1.toLowerCase();
      const plain2 = PLAIN_TONED[v2] ?? v2;
      const pair = lowerV1 + plain2.toLowerCase();
      if (pair !== "oa" && pair !== "oe" && pair !== "uy") return whole;
      if (lowerV1 === "u" && /q$/i.test(head)) return whole;
      const tone = TONE_OF.get(v2);
      if (tone === undefined) return whole;
      const toned = (lowerV1 === "o" ? TONED_O : TONED_U)[tone] ?? v1;
      const newV1 = v1 === lowerV1 ? toned : toned.toUpperCase();
      return pre + punct + head + newV1 + plain2;
    },
  );
}

/** Strips a BOM, composes to NFC, unifies tone marks and whitespace, keeps paragraph breaks. */
export function normaliseText(raw: string): string {
  const nfc = raw.replace(/^\uFEFF/, "").normalize("NFC");
  const lines = nfc
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\f\v]/g, " ")
    .replace(/\u200C|\u200D|\u2060|\uFEFF/g, "")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "")
    .split("\n")
    .map((l) => unifyToneMarks(l.replace(/ {2,}/g, " ").trim()));
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
