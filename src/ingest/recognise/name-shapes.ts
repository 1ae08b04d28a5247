// The shapes of personal names in the genre: Vietnamese names ("Nguyễn Thị Thu Hường"),
// Vietnamese transcriptions of Lao names with hyphens, spaced dashes or lower-case syllables
// ("Văn-xay Phong-sạ-vẳn", "Sẻng - phết Hùng - bun - nhuông", "Văn xay Phong xa vẳn",
// "Khăm Pheng – Xay Sổm Pheng"), Latin-script Khmer and Lao names ("Pov Sotheara", "Tak Sun Y"),
// and Sino-Vietnamese readings of Chinese names ("Lý Thư Lỗi"). No name is listed anywhere:
// only shapes.

/** A word that starts a title or a body, which ends a name ("Nguyễn Văn An Phó Trưởng ban"). */
export const ROLE_WORD = new RegExp(
  "^(?:" +
    [
      "(?:Phó |Nguyên |Quyền )?(?:Bí thư|Chủ tịch|Trưởng|Giám đốc|Tỉnh trưởng|Phó Tỉnh trưởng|Huyện trưởng|Đô trưởng|Chánh|Thủ tướng|Tổng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Chủ nhiệm|Chính ủy|Tư lệnh|Chỉ huy trưởng|Tổng biên tập|Đại sứ|Tổng Lãnh sự|Cục trưởng|Viện trưởng|Hiệu trưởng)",
      "(?:Ủy|Uỷ|ủy|uỷ) viên",
      "UV(?:BTV|TW|BCH)?",
      "(?:Tỉnh|Thành|Huyện) (?:ủy|uỷ) viên",
      "Thường (?:trực|vụ)",
      "Thành viên",
      "thành viên",
      "Trưởng đoàn",
      "Phó trưởng",
      "Vụ phó",
      "[Pp]hụ trách",
    ].join("|") +
    ")(?![\\p{L}])",
  "u",
);

/** Words of address before a name, and military ranks (not roles). */
export const ADDRESS = "đồng chí|Đồng chí|ông|Ông|bà|Bà|ngài|Ngài";
export const RANK = "(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý)";

/** First words that make a capitalised run a title, a body or a sentence opener, never a name. */
const NOT_A_NAME_START = new Set(
  (
    "Phó Trưởng Bí Chủ Tỉnh Thành Ban Đảng Ủy Uỷ Hội Sở Bộ Tổng Thường Giám Chánh Đại Trung Nhân Cộng Việt Quốc Thủ Chính " +
    "Nhà Khu Chỉ Ngài Tiểu Tạp Vùng Phòng Cục Vụ Viện Học Trường Báo Đài Thông Mặt Lãnh Các Hai Ba Về Tại Theo Trong Sau Nhằm " +
    "Thay Phát Cùng Đón Tiếp Dự Tham Chúc Đây Đặc Buổi Lễ Ngày Sáng Chiều Tối Thứ Năm Tháng Tết Thượng Hoàng_gia Quân Công " +
    "Samdech Techo Đồng Tư Chi Huyện Xã Phường Thôn Bản Nghị Chỉ_thị Kết Quyết Hiệp Nghị_định Bác Chương Kế Quy Biên Đoàn_đại Đội Cảng Cửa Khu_tự"
  ).split(" "),
);

/** Lower-case words that never belong to a name (verbs, function words of the genre). */
const FUNCTION_WORDS = new Set(
  (
    "và với của cùng đã đang sẽ là làm có được tại ở đến tới sang thăm tiếp đón chào dự chủ trì phát biểu bày tỏ nhấn mạnh " +
    "cho biết khẳng định đề nghị gửi trao tặng ký mong muốn cảm ơn thông tin báo cáo chúc mừng nêu nhận hoan nghênh dẫn đầu " +
    "trưởng đoàn thay mặt lời tin tưởng đánh giá cao chân thành về trong theo nhân dịp vừa cũng rất các những một hai ba"
  ).split(" "),
);

const UPPER_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?/u;
const LOWER_SYLLABLE = /^\p{Ll}[\p{Ll}\p{M}]*/u;

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

/** A cheap first test: a capitalised word that may open a name and is followed by another syllable. */
const UPPER_WORD_AT = /\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?/uy;
export function mayStartName(text: string, at: number): boolean {
  UPPER_WORD_AT.lastIndex = at; // sticky: no copy of the text per capital letter
  const first = UPPER_WORD_AT.exec(text);
  if (!first || NOT_A_NAME_START.has(first[0]) || isAcronym(first[0])) return false;
  const next = text.charAt(at + first[0].length);
  return next === " " || next === "-" || next === "–" || /\s/u.test(next);
}

/**
 * Reads a name starting at `at`: capitalised words, joined by spaces, hyphens or spaced dashes,
 * and after an honorific also lower-case syllables of transcribed Lao names. Stops before a title
 * word, a lower-case verb, or punctuation. Two syllables at least ("Vi-La" counts as two).
 */
export function readName(text: string, at: number, afterHonorific: boolean): NameSpan | null {
  const first = UPPER_WORD.exec(text.slice(at, at + 40));
  if (!first || NOT_A_NAME_START.has(first[0]) || isAcronym(first[0])) return null;
  let end = at;
  let words = 0;
  let pos = at;
  let afterJoiner = false;
  for (let guard = 0; guard < 14; guard++) {
    const rest = text.slice(pos, pos + 60);
    if (words >= 1 && !afterJoiner && ROLE_WORD.test(rest)) break;
    // lower-case syllables: inside a joined Lao word always, after a space only behind an honorific
    const w = UPPER_WORD.exec(rest) ?? (afterJoiner || (words >= 1 && afterHonorific) ? LOWER_SYLLABLE.exec(rest) : null);
    if (!w) break;
    if ((isAcronym(w[0]) && w[0].length > 1) || /^\p{Lu}/u.test(rest.slice(w[0].length))) break;
    const lower = /^\p{Ll}/u.test(w[0]);
    if (lower && !afterJoiner && (FUNCTION_WORDS.has(w[0]) || w[0].length > 5)) break;
    pos += w[0].length;
    words++;
    end = pos;
    afterJoiner = false;
    // joiners: "-x" glued, " - x" spaced; a title after the joiner ends the name
    const joiner = /^(?:-|\s?[-–]\s?)(?=\p{L})/u.exec(text.slice(pos, pos + 4));
    if (joiner) {
      const after = text.slice(pos + joiner[0].length, pos + joiner[0].length + 60);
      const nextLower = /^\p{Ll}/u.test(after);
      const glued = joiner[0] === "-";
      if (ROLE_WORD.test(after) || /^(?:tỉnh|thành|huyện)(?![\p{L}])/u.test(after)) break;
      if (nextLower || glued || (words <= 3 && UPPER_WORD.test(after) && !NOT_A_NAME_START.has(UPPER_WORD.exec(after)![0]))) {
        pos += joiner[0].length;
        afterJoiner = true;
        continue;
      }
      break;
    }
    if (text[pos] !== " ") break;
    const next = text.slice(pos + 1, pos + 60);
    if (!/^\p{Lu}/u.test(next) && !(afterHonorific && LOWER_SYLLABLE.test(next))) break;
    pos += 1;
  }
  // a trailing lower-case syllable that the name does not close with punctuation is a verb
  let name = text.slice(at, end).replace(/[\s\-–]+$/u, "");
  while (afterHonorific && /\s\p{Ll}[\p{Ll}\p{M}]*$/u.test(name) && !/^\s*[,;:(]|^\s*[-–]\s|^\s*$/u.test(text.slice(at + name.length, at + name.length + 3))) {
    name = name.replace(/\s\p{Ll}[\p{Ll}\p{M}]*$/u, "");
  }
  if (name.split(/[\s\-–]+/u).filter(Boolean).length < 2) return null;
  return { name: name.replace(/\s+/gu, " "), start: at, end: at + name.length };
}
