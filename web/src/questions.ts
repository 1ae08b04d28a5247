// The questions panel: each named query as a form; results as a table, highlighted in the graph.
import { api, type QueryInfo } from "./api";
import { $, el, table } from "./dom";
import { errorText, lang, t } from "./i18n";

const HIDDEN = new Set(["entity", "relations", "article", "graph-nodes", "graph-edges", "graph-homes"]);
const ID = /^(?:event|person|org|province|role|country|article):\S+$|^a_[0-9a-f]{16}$/u;
/** The columns worth reading: no id column (the map shows those nodes), no column that holds only ids. */
function readableColumns(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): string[] {
  return columns
    .filter((c) => !/Id$|^articles?$/.test(c))
    .filter((c) => !rows.length || !rows.every((r) => r[c] === null || r[c] === undefined || (typeof r[c] === "string" && ID.test(r[c] as string))));
}
/** More rows than this are not drawn as a table (a browser slows down); the CSV link has them all. */
const SHOWN_ROWS = 500;
const PLACEHOLDERS: Record<string, string> = {
  province: "Sơn La / son la",
  country: "LA, KH, CN, VN",
  yearFrom: "2019",
  yearTo: "2024",
  person: "name or id",
  q: "son la",
  document: "mou, cooperation_programme…",
};

export function setupQuestions(onResults: (ids: Set<string>) => void, onPick: (id: string) => void): Promise<void> {
  return api.queries().then((queries) => {
    const box = $("question-forms");
    box.replaceChildren(...queries.filter((q) => !HIDDEN.has(q.name)).map((q) => form(q, onResults, onPick)));
  });
}

function form(q: QueryInfo, onResults: (ids: Set<string>) => void, onPick: (id: string) => void): HTMLFormElement {
  const f = el("form", { "data-query": q.name }, el("strong", {}, q.title));
  const props = (q.parameters.properties ?? {}) as Record<string, { enum?: string[] }>;
  for (const [name, schema] of Object.entries(props)) {
    const input = schema.enum
      ? el("select", { name }, el("option", { value: "" }, "—"), ...schema.enum.map((v) => el("option", { value: v }, v)))
      : el("input", { name, placeholder: PLACEHOLDERS[name] ?? "" });
    f.append(el("label", {}, name, input));
  }
  f.append(el("button", { type: "submit" }, t("ask")));
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    const params: Record<string, string> = {};
    for (const [k, v] of new FormData(f)) if (typeof v === "string" && v.trim()) params[k] = v.trim();
    const results = $("results");
    results.hidden = false;
    try {
      const rows = await api.run(q.name, params);
      const ids = new Set<string>();
      for (const r of rows) for (const [k, v] of Object.entries(r)) if (/(^id$|Id$|^event$)/.test(k) && typeof v === "string") ids.add(v);
      const close = el("button", { type: "button" }, t("close"));
      close.addEventListener("click", () => {
        results.hidden = true;
        onResults(new Set());
      });
      const cols = readableColumns(rows, q.columns);
      const csv = el("a", { href: api.csvUrl(q.name, params), download: `${q.name}.csv`, class: "csv-link" }, t("csvAll"));
      results.replaceChildren(
        el(
          "p",
          {},
          el("strong", {}, `${q.title} — ${rows.length} ${t("rows")}`),
          rows.length > SHOWN_ROWS ? ` (${t("firstShown")} ${SHOWN_ROWS}) ` : " ",
          csv,
          " ",
          close,
        ),
        table(rows.slice(0, SHOWN_ROWS), cols, (r) => {
          const id = Object.entries(r).find(([k, v]) => /(^id$|Id$)/.test(k) && typeof v === "string")?.[1];
          if (typeof id === "string") onPick(id);
        }),
      );
      onResults(ids);
    } catch (err) {
      results.replaceChildren(el("p", { role: "alert" }, errorText(err)));
    }
  });
  return f;
}

/**
 * The "Hỏi" box: a question in Vietnamese or English, answered by the named query it maps to. Says
 * how it understood the question and which query ran (so the analyst can correct it), shows the
 * rows with their evidence quotes, and highlights the answer on the map.
 */
export function setupAsk(onResults: (ids: Set<string>) => void, onPick: (id: string) => void): void {
  const form = $("ask-form") as HTMLFormElement;
  const input = $("ask") as HTMLInputElement;
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    const results = $("results");
    results.hidden = false;
    results.replaceChildren(el("p", { "aria-busy": "true" }, t("answering")));
    try {
      const a = await api.ask(q);
      const close = el("button", { type: "button" }, t("close"));
      close.addEventListener("click", () => {
        results.hidden = true;
        onResults(new Set());
      });
      const parts: Node[] = [];
      // in the page's language first, the other one under it
      const both = (said: { vi: string; en: string }) => (lang === "vi" ? [said.vi, said.en, "en"] : [said.en, said.vi, "vi"]) as [string, string, string];
      if (a.understood) {
        const [first, other, otherLang] = both(a.understood);
        parts.push(el("p", { class: "understood" }, el("strong", {}, first), el("br"), el("small", { lang: otherLang }, other)));
      }
      if (a.query)
        parts.push(
          el(
            "p",
            { class: "asked-query" },
            el(
              "code",
              {},
              `${a.query.name}(${Object.entries(a.query.params)
                .map(([k, v]) => `${k}=${v}`)
                .join(", ")})`,
            ),
            " ",
            el("a", { href: api.csvUrl(a.query.name, a.query.params), download: `${a.query.name}.csv` }, "CSV"),
          ),
        );
      const said = a.clarify ?? a.message;
      if (said) {
        const [first, other, otherLang] = both(said);
        parts.push(el("p", { role: "alert", class: "clarify" }, first, el("br"), el("small", { lang: otherLang }, other)));
        for (const option of a.clarify?.options ?? []) {
          const b = el("button", { type: "button", class: "clarify-option" }, option);
          b.addEventListener("click", () => {
            input.value = option;
            form.requestSubmit();
          });
          parts.push(b);
        }
      }
      if (a.count !== null)
        parts.push(
          el(
            "p",
            { class: "count" },
            el("strong", {}, `${t("count")}: ${a.count}${a.counted ? ` ${lang === "vi" ? a.counted.vi : a.counted.en}` : ""}`),
          ),
        );
      if (a.query && !said) {
        const cols = readableColumns(a.rows, Object.keys(a.rows[0] ?? {}));
        parts.push(el("p", {}, `${a.rows.length} ${t("results")}`, a.rows.length > SHOWN_ROWS ? ` (${t("firstShown")} ${SHOWN_ROWS})` : ""));
        if (a.rows.length)
          parts.push(
            table(a.rows.slice(0, SHOWN_ROWS), cols, (r) => {
              const id = Object.entries(r).find(([k, v]) => /(^id$|Id$)/.test(k) && typeof v === "string")?.[1];
              if (typeof id === "string") onPick(id);
            }),
          );
      }
      results.replaceChildren(el("p", {}, el("strong", {}, `${t("ask")}: ${a.question}`), " ", close), ...parts);
      const ids = new Set<string>();
      for (const r of a.rows) for (const [k, v] of Object.entries(r)) if (/(^id$|Id$|^event$)/.test(k) && typeof v === "string") ids.add(v);
      onResults(ids);
    } catch (err) {
      results.replaceChildren(el("p", { role: "alert" }, errorText(err)));
    }
  });
}
