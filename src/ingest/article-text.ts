// From raw input to the article's normalised text, id, title and publication date.
import { createHash } from "node:crypto";
import { stripDebris } from "./text/debris";
import { normaliseText } from "../text/normalise";

export interface ArticleInput {
  source: string;
  text: string;
  title?: string | null;
  date?: string | null;
  url?: string | null;
}

export interface PreparedArticle {
  id: string;
  source: string;
  title: string | null;
  date: string | null;
  /** The publication date as precisely as known (YYYY-MM-DD or YYYY-MM): it gives undated days their year. */
  published: string | null;
  url: string | null;
  text: string;
  author: string | null;
}

/** The stable article id: a hash of the normalised text, so re-ingesting changes nothing. */
export function articleId(text: string): string {
  return "a_" + createHash("sha256").update(text).digest("hex").slice(0, 16);
}

function firstLineTitle(text: string): string | null {
  const nl = text.indexOf("\n");
  if (nl < 0) return null;
  const line = text.slice(0, nl).trim();
  if (line.length < 8 || line.length > 220 || /[.:;,]$/.test(line) || line.split(/\s+/).length < 4) return null;
  if (/^(?:\(\w+\)\s*-\s*)?(?:Ngày|Sáng|Chiều|Tối|Trưa)\s+(?:nay\s+)?\d/u.test(line)) return null;
  return line;
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  const cleaned = stripDebris(normaliseText(input.text));
  const givenTitle = input.title ? normaliseText(input.title) : null;
  const given = input.date && /^\d{4}-\d{2}(?:-\d{2})?/.test(input.date) ? input.date.slice(0, 10) : null;
  const published = given ?? cleaned.date;
  const date = published && published.length === 10 ? published : null;
  let text = cleaned.text;
  // a title given apart from the text becomes its first line, so that its facts have evidence
  if (givenTitle && !text.startsWith(givenTitle)) text = `${givenTitle}\n\n${text}`;
  return {
    id: articleId(text),
    source: input.source,
    title: givenTitle ?? firstLineTitle(text),
    date,
    published,
    url: input.url ?? null,
    text,
    author: cleaned.author,
  };
}
