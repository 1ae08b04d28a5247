// Renders a report's rows as CSV, Markdown, JSON or one self-contained HTML file (tables, the
// parameters used, the date, links to the source articles).
import { z } from "zod";
import type { Row } from "../store";
import { cellVi, columnVi, dateVi } from "./labels-vi";
import { toCsv } from "./rows";

export const ReportFormatSchema = z.enum(["csv", "md", "json", "html"]);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export interface ReportDoc {
  name: string;
  title: string;
  params: Record<string, string>;
  columns: string[];
  rows: Row[];
  generatedAt: string;
  /**
   * Where an article without its own URL can be read: the API's article view (e.g.
   * "https://kg.example/api/articles/"); without it such a source is named, not linked.
   */
  articleBase?: string | null;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.map(text).join("; ") : String(v));
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
/** An article's URL as a link target: http and https only (a javascript: or data: URL is no link). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : "";
  } catch {
    return "";
  }
}
/** Text from an article in Markdown: no HTML, no link or emphasis syntax, no table break. */
export const mdText = (s: string) =>
  s
    .replace(/[\\`*_[\]()#!|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!)
    .replace(/\s+/g, " ");
/** A URL inside Markdown's (…): parentheses and spaces percent-encoded. */
const mdUrl = (url: string) => url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
/** Columns that hold source links are shown through the article columns. */
const HIDDEN = new Set(["articleTitles", "articleUrls", "articleTitle", "articleUrl", "event"]);

/** A title that is only the file it was read from: its name, never the path on the ingesting machine. */
function readableTitle(title: string, id: string): string {
  if (!title) return id;
  return /[\\/]/.test(title) && /\.\w{2,5}$/.test(title) ? (title.split(/[\\/]/).pop() ?? id) : title;
}

function articleLinks(row: Row, articleBase: string | null | undefined): Array<{ id: string; title: string; url: string }> {
  const ids = Array.isArray(row.articles) ? (row.articles as string[]) : row.article ? [String(row.article)] : [];
  const titles = Array.isArray(row.articleTitles) ? (row.articleTitles as string[]) : [text(row.articleTitle)];
  const urls = Array.isArray(row.articleUrls) ? (row.articleUrls as string[]) : [text(row.articleUrl)];
  return [...new Set(ids)].map((id) => {
    const i = ids.indexOf(id);
    const own = safeUrl(urls[i] ?? "");
    return { id, title: readableTitle(titles[i] ?? "", id), url: own || (articleBase ? safeUrl(articleBase + encodeURIComponent(id)) : "") };
  });
}

export function renderReport(doc: ReportDoc, format: ReportFormat): string {
  // the curation mark shows only when some row carries one
  const cols = doc.columns.filter((c) => !HIDDEN.has(c) && (c !== "curation" || doc.rows.some((r) => r[c])));
  switch (format) {
    case "json":
      return JSON.stringify({ report: doc.name, title: doc.title, params: doc.params, generatedAt: doc.generatedAt, rows: doc.rows }, null, 2) + "\n";
    case "csv":
      // dates as people write them ("4/6/2019", "9/3, năm không rõ"), never "'--03-09"; codes stay codes
      return toCsv(
        doc.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^(date|endDate|firstSeen|lastSeen)$/.test(k) && typeof v === "string" ? dateVi(v) : v]))),
        doc.columns,
      );
    case "md": {
      const cell = (s: string) => s.replace(/\s+/g, " ");
      const lines = [
        `# ${mdText(doc.title)}`,
        "",
        `Lập lúc ${doc.generatedAt}. Tham số: ${mdText(
          Object.entries(doc.params)
            .map(([k, v]) => `${k}=${v}`)
            .join(", ") || "không có",
        )}. ${doc.rows.length} dòng.`,
        "",
        `| ${cols.map((c) => mdText(columnVi(c))).join(" | ")} |`,
        `| ${cols.map(() => "---").join(" | ")} |`,
        ...doc.rows.map(
          (r) =>
            `| ${cols
              .map((c) =>
                cell(
                  c === "articles" || c === "article"
                    ? articleLinks(r, doc.articleBase)
                        .map((a) => (a.url ? `[${mdText(a.title)}](${mdUrl(a.url)})` : `${mdText(a.title)} (${mdText(a.id)})`))
                        .join("; ")
                    : mdText(cellVi(c, text(r[c]))),
                ),
              )
              .join(" | ")} |`,
        ),
      ];
      return lines.join("\n") + "\n";
    }
    case "html": {
      const cellHtml = (r: Row, c: string) =>
        c === "articles" || c === "article"
          ? articleLinks(r, doc.articleBase)
              .map((a) => (a.url ? `<a href="${esc(a.url)}">${esc(a.title)}</a>` : `${esc(a.title)} <small>(${esc(a.id)})</small>`))
              .join("<br>")
          : c === "quote"
            ? `<q>${esc(text(r[c]))}</q>`
            : esc(cellVi(c, text(r[c])));
      return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>
body{font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#1d2330}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f4f1ea}q{font-style:italic}.meta{color:#555}@media print{body{margin:0}a{color:inherit}}
@media (max-width:640px){body{margin:.75rem}thead{display:none}table,tbody,tr,td{display:block;width:auto}tr{border:1px solid #ddd;margin:0 0 .6rem}td{border:0;border-bottom:1px solid #eee}td::before{content:attr(data-label);display:block;font-size:.75rem;color:#666}}
</style></head><body>
<h1>${esc(doc.title)}</h1>
<p class="meta">Lập lúc ${esc(doc.generatedAt)} · Tham số: ${esc(
        Object.entries(doc.params)
          .map(([k, v]) => `${k}=${v}`)
          .join(", ") || "không có",
      )} · ${doc.rows.length} dòng</p>
<table><thead><tr>${cols.map((c) => `<th>${esc(columnVi(c))}</th>`).join("")}</tr></thead>
<tbody>
${doc.rows.map((r) => `<tr>${cols.map((c) => `<td data-label="${esc(columnVi(c))}">${cellHtml(r, c)}</td>`).join("")}</tr>`).join("\n")}
</tbody></table>
</body></html>
`;
    }
  }
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
};
