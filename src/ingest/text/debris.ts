// Drops page debris by general rules (widgets, navigation, image paths, logos, bylines) and
// lifts the publication stamps. Photo captions stay: they often state the signing.
import { readStamp, SOURCE_TAG } from "./stamps";

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
      "(biên tập viên|btv|phóng viên|pv|tác giả|nguồn)\\s*:.*",
      "\\d{1,2}:\\d{2}( / \\d{1,2}:\\d{2})?",
      "\\d+ (bình luận|lượt xem|lượt thích)",
      "quảng cáo",
    ].join("|") +
    ")[\\s.!:]*$",
  "iu",
);

// bounded, and a path starts a word: "4/4/4/…" must not make every slash scan the rest of the line
const IMAGE_REF = /(?:https?:\/\/\S{1,800}|(?<![\w./%-])\/[\w\-./%]{1,800})\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S{0,800})?/giu;
const URL_REF = /https?:\/\/\S{1,2000}/giu;
export interface CleanedText {
  text: string;
  /** Publication date from a stamp line: YYYY-MM-DD, or YYYY-MM when the stamp gives no day. */
  date: string | null;
  /** The byline, when the last lines are one. Not a participant. */
  author: string | null;
}

/** A short trailing line of capitalised words, maybe with "(source)": a byline. */
function isByline(line: string): boolean {
  if (line.length > 80 || /[.!?:;"“”]$/.test(line)) return false;
  const bare = line.replace(/\s*\([^)]*\)\s*$/, "").replace(/^(theo|nguồn|bài và ảnh|ảnh|tin, ảnh|bài, ảnh)\s*:?\s*/iu, "");
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}][\p{Ll}\p{M}]*\.?$/u.test(w) || /^[\p{Lu}]{2,}$/u.test(w));
}

/** The more precise of two stamps that agree (a day within the month of the other), else the first. */
function preciser(had: string | null, got: string): string {
  if (!had) return got;
  return got.length > had.length && got.startsWith(had) ? got : had;
}

/** Related-article teasers: an image marker followed by another story's lead ("![]() Ngày 17/8, …"). */
const TEASER = /^!\[[^\]]*\]\([^)]*\)\s*(.*)$/u;

export function stripDebris(text: string): CleanedText {
  let date: string | null = null;
  const kept: string[] = [];
  let seenBody = false;
  for (const rawLine of text.split("\n")) {
    let line = rawLine;
    // stamp lines, and stamps glued before or after the headline, until the body starts
    for (let stamp = readStamp(line); stamp && (!seenBody || stamp.rest === ""); stamp = readStamp(line)) {
      date = preciser(date, stamp.date);
      line = stamp.rest;
    }
    const teaser = TEASER.exec(line.trim());
    if (teaser) {
      // an image marker alone keeps nothing; one with text is another story's teaser
      kept.push("");
      continue;
    }
    const linked = line.includes("/");
    if (linked && /https?:\/\/\S{0,300}logo/iu.test(line)) continue;
    // an image path starts a caption: keep the caption as a sentence of its own
    if (linked) line = line.replace(IMAGE_REF, "\n").replace(URL_REF, " ");
    for (const part of line.split("\n")) {
      let t = part.replace(/ {2,}/g, " ").trim();
      // a caption framed as a table cell: "| Toàn cảnh buổi đón tiếp. Ảnh: Báo Cao Bằng. |"
      if (t.startsWith("|")) t = t.slice(1).trim();
      if (t.endsWith("|")) t = t.slice(0, -1).trim();
      if (!seenBody) t = t.replace(SOURCE_TAG, "");
      if (t === "" || WIDGET_LINE.test(t) || /^[\W_]+$/u.test(t) || /^\p{L}{1,3}$/u.test(t)) {
        kept.push("");
        continue;
      }
      if (t.length > 120) seenBody = true;
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
