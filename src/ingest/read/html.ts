// HTML pages to article text: drops scripts, styles and navigation, keeps the title and the
// paragraph structure (block elements end lines).
import * as cheerio from "cheerio";

export function htmlToArticle(html: string): { title: string | null; text: string; date: string | null } {
  const $ = cheerio.load(html);
  $("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, [role=navigation], [aria-hidden=true]").remove();
  $("[class*=comment], [id*=comment], [class*=menu], [class*=breadcrumb], [class*=share], [class*=related]").remove();
  const title = ($("meta[property='og:title']").attr("content") ?? $("h1").first().text() ?? $("title").text()).trim() || $("title").text().trim() || null;
  const date = $("meta[property='article:published_time']").attr("content") ?? $("time[datetime]").first().attr("datetime") ?? null;
  const root = $("article").first().length ? $("article").first() : $("body");
  root.find("br").replaceWith("\n");
  root.find("p, div, li, h1, h2, h3, h4, h5, h6, tr, figcaption, blockquote, section, table").each((_, el) => {
    $(el).prepend("\n").append("\n");
  });
  root.find("img").each((_, el) => {
    const alt = $(el).attr("alt");
    $(el).replaceWith(alt ? `\n${alt}\n` : "");
  });
  const text = root.text();
  const withTitle = title && !text.includes(title) ? `${title}\n\n${text}` : text;
  return { title, text: withTitle, date: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null };
}
