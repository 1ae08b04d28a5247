// Tiny DOM helpers: elements built with text nodes, never from HTML strings (except the server's
// escaped article HTML).
import { cellLabel, columnLabel } from "./i18n";
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

export function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`explorer: missing element #${id}`);
  return e;
}

export function table(rows: Array<Record<string, unknown>>, columns: string[], onRow?: (row: Record<string, unknown>) => void): HTMLTableElement {
  const show = (c: string, v: unknown): string =>
    v === null || v === undefined ? "" : Array.isArray(v) ? v.map((x) => show(c, x)).join(" · ") : cellLabel(c, String(v));
  const t = el("table", {}, el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { "data-column": c }, columnLabel(c))))));
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr", {}, ...columns.map((c) => el("td", {}, show(c, r[c]).slice(0, 400))));
    if (onRow) {
      tr.style.cursor = "pointer";
      tr.addEventListener("click", () => onRow(r));
    }
    body.append(tr);
  }
  t.append(body);
  return t;
}
