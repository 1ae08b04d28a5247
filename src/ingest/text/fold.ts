// Folding for matching: no diacritics, đ→d, lower case. The same fold the scorer and the search use.

/** Folds one string: "Hủa Phăn" → "hua phan" (spaces and punctuation kept). */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** Folds and drops everything but letters and digits: "LuôngPhraBăng" → "luongphrabang". */
export function foldKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, "");
}
