// The key under which two spellings of one foreign name meet: Vietnamese transcriptions of Lao and
// Khmer names differ by tone marks, hyphens and spacing, an initial x/s, and the final consonant
// of a syllable ("Văn-xay Phong-sạ-vẳn", "Văn xay Phong xa vẳn"); a Latin romanisation writes the
// same sounds otherwise, syllables run together ("Anouphab Tounalom" for "A-nu-phạp Tu-na-lôm",
// "Tak Sun Y" for "Tắc Xuân Y", "Thalangsi" for "Thạ Lăng Si"): ou for u, k for c, b for a final p,
// ng/nh for n, one vowel where the other writes two. Each rule is applied to both spellings, so a
// rule can only bring spellings together. A shared key is never enough to merge two people: the
// evidence must agree too (person-identity.ts), and Vietnamese names are never merged this way.
import { fold } from "../../text/fold";

const VOWEL = "aeiouy";

function word(w: string): string {
  return (
    w
      .replace(/ou/g, "u")
      .replace(/x/g, "s")
      .replace(/k/g, "c")
      .replace(/(?:ng|nh)/g, "n")
      // a final consonant (at the end, or before another consonant in a run-together romanisation)
      .replace(new RegExp(`(?:ch|t)(?=[^${VOWEL}h]|$)`, "g"), "c")
      .replace(new RegExp(`b(?=[^${VOWEL}]|$)`, "g"), "p")
      // a vowel cluster is read by its first vowel ("xuân" and "sun", "tounalom" and "tu-na-lôm")
      .replace(new RegExp(`[${VOWEL}]+`, "g"), (m) => m[0]!)
  );
}

export function variantKey(name: string): string {
  return fold(name)
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map(word)
    .join("");
}
