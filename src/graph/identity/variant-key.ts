// The key under which two spellings of one foreign name meet: Vietnamese transcriptions of Lao and
// Khmer names differ by tone marks, hyphens and spacing, an initial x/s, and the final consonant
// of a syllable ("Văn-xay Phong-sạ-vẳn", "Văn xay Phong xa vẳn"). A shared key is never enough to
// merge two people: the evidence must agree too (person-identity.ts).
import { fold } from "../../text/fold";

function syllable(s: string): string {
  return s
    .replace(/^x/, "s")
    .replace(/(?:ng|nh)$/, "n")
    .replace(/(?:ch|k|t)$/, "c");
}

export function variantKey(name: string): string {
  return fold(name)
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map(syllable)
    .join("");
}
