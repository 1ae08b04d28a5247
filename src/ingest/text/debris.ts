// Drops page debris by general rules (widgets, navigation, image paths, logos, bylines) and
// lifts the publication date line. Photo captions stay: they often state the signing.

const WIDGET_LINE = new RegExp(
  "^(" +
    [
      "skip to (main )?content",
      "bỏ qua (nội dung|đến nội dung)",
      "chuyển đến nội dung( chính)?",
      "đọc thêm",
      "xem thêm",
      "tin mới( nhất| hơn| cập nhật)?",
      "tin (liên quan|khác|cùng chuyên mục|đọc nhiều|nổi bật|xem nhiều)",
      "bài viết liên quan",
      "bình luận( của bạn)?",
      "ý kiến( bạn đọc)?",
      "gửi (bình luận|ý kiến)",
      "bạn còn \\d+/\\d+ ký tự",
      "bạn vui lòng nhập.*",
      "(chia sẻ|share|in bài|print|bản in|lượt xem.*|tags?:.*|từ khóa:.*)",
      "(trang chủ|home)( [>»/|].*)?",
      "(facebook|twitter|zalo|email)( \\S+)?",
      "(đăng nhập|đăng ký|menu|tìm kiếm|search)",
      "\\d+ (bình luận|lượt xem|lượt thích)",
      "quảng cáo",
    ].join("|") +
    ")[\\s.!:]*$",
  "iu",
);

const IMAGE_REF = /(?:https?:\/\/\S+|\/[\w\-./%]+)\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S*)?/giu;
const URL_REF = /https?:\/\/\S+/giu;
const DATE_LINE =
  /^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập nhật|ngày đăng|đăng ngày|ngày)\s*[-,:]?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT[+\d:]*))?)?\s*$/iu;

export interface CleanedText {
  text: string;
  /** Publication date from a date line, YYYY-MM-DD. */
  date: string | null;
  /** The byline, when the last lines are one. Not a participant. */
  author: string | null;
}

function isoDate(d: string, m: string, y: string): string | null {
  const day = Number(d),
    month = Number(m),
    year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A short trailing line of capitalised words, maybe with "(source)": a byline. */
function isByline(line: string): boolean {
  if (line.length > 80 || /[.!?:;"“”]$/.test(line)) return false;
  const bare = line.replace(/\s*\([^)]*\)\s*$/, "").replace(/^(theo|nguồn|bài và ảnh|ảnh|tin, ảnh|bài, ảnh)\s*:?\s*/iu, "");
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}][\p{Ll}\p{M}]*\.?$/u.test(w) || /^[\p{Lu}]{2,}$/u.test(w));
}

export function stripDebris(text: string): CleanedText {
  let date: string | null = null;
  const kept: string[] = [];
  for (const rawLine of text.split("\n")) {
    let line = rawLine;
    const m = DATE_LINE.exec(line.trim());
    if (m && date === null) {
      date = isoDate(m[1] ?? "", m[2] ?? "", m[3] ?? "");
      if (date) continue;
    }
    if (/https?:\/\/\S*logo/iu.test(line)) continue;
    // an image path starts a caption: keep the caption as a sentence of its own
    line = line.replace(IMAGE_REF, "\n").replace(URL_REF, " ");
    for (const part of line.split("\n")) {
      const t = part.replace(/ {2,}/g, " ").trim();
      if (t === "" || WIDGET_LINE.test(t) || /^[\W_]+$/u.test(t)) {
        kept.push("");
        continue;
      }
      kept.push(t);
    }
  }
  // bylines: the last non-empty lines, when short and name-like
  let author: string | null = null;
  for (let i = kept.length - 1; i >= 0; i--) {
    const l = kept[i] ?? "";
    if (l === "") continue;
    if (isByline(l) && kept.filter((x) => x !== "").length > 1) {
      author = author ?? l;
      kept[i] = "";
      continue;
    }
    break;
  }
  const out = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text: out, date, author };
}
