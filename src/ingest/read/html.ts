// HTML pages to article text with a streaming (SAX) parser, so that deeply nested pages cannot
// exhaust the stack: drops scripts, styles, navigation, comment widgets and menus; keeps the
// title, paragraph structure (block elements end lines) and image captions (alt text).
import { Parser } from "htmlparser2";

const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "iframe",
  "svg",
  "button",
  "select",
  "textarea",
  "head",
]);
const SKIP_CLASS = /comment|menu|breadcrumb|share|related|sidebar|advert|banner|cookie/i;
const BLOCK = new Set([
  "p",
  "div",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "figcaption",
  "blockquote",
  "section",
  "article",
  "table",
  "br",
  "ul",
  "ol",
  "figure",
  "main",
  "dd",
  "dt",
  "pre",
  "hr",
]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

export function htmlToArticle(html: string): { title: string | null; text: string; date: string | null } {
  const parts: string[] = [];
  const stack: boolean[] = []; // per open element: does it start a skipped region?
  let skipDepth = 0;
  let inTitle = false,
    inH1 = false;
  let title = "",
    h1 = "",
    ogTitle: string | null = null,
    date: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "meta") {
          const prop = attrs.property ?? attrs.name ?? "";
          if (prop === "og:title" && attrs.content) ogTitle = attrs.content;
          if ((prop === "article:published_time" || prop === "pubdate") && attrs.content && !date) date = attrs.content;
        }
        if (name === "time" && attrs.datetime && !date) date = attrs.datetime;
        if (name === "title") inTitle = true;
        if (name === "h1") inH1 = true;
        const skip =
          SKIP_TAGS.has(name) ||
          SKIP_CLASS.test(attrs.class ?? "") ||
          SKIP_CLASS.test(attrs.id ?? "") ||
          attrs.role === "navigation" ||
          attrs["aria-hidden"] === "true";
        if (!VOID.has(name)) {
          stack.push(skip);
          if (skip) skipDepth++;
        }
        if (skipDepth > 0) return;
        if (BLOCK.has(name)) parts.push("\n");
        if (name === "img" && attrs.alt) parts.push(`\n${attrs.alt}\n`);
      },
      ontext(text) {
        if (inTitle) title += text;
        if (inH1 && skipDepth === 0) h1 += text;
        if (skipDepth === 0 && !inTitle) parts.push(text);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (VOID.has(name)) return;
        const skip = stack.pop();
        if (skip) skipDepth = Math.max(0, skipDepth - 1);
        if (skipDepth === 0 && BLOCK.has(name)) parts.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const clean = (s: string) => s.replace(/\s+/g, " ").trim();
  const t = clean(ogTitle ?? "") || clean(h1) || clean(title) || null;
  const text = parts.join("").replace(/[ \t]+\n/g, "\n");
  const withTitle = t && !text.includes(t) ? `${t}\n\n${text}` : text;
  const d = date as string | null;
  return { title: t, text: withTitle, date: d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null };
}
