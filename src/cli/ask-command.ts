// `kg ask "…"`: a question in Vietnamese or English, answered by the named query it maps to.
import { answerQuestion } from "../ask/answer-question";
import { readableRows } from "../graph/format/readable";
import { REPORT_CATALOGUE } from "../graph/queries/catalogue";
import { toCsv, toTable } from "../graph/format/rows";
import type { StoreKind } from "../graph/open-store";
import { openFromOptions } from "./store-options";

export async function runAsk(question: string, opts: { format: "table" | "json" | "csv"; store?: StoreKind; lang: "vi" | "en" }): Promise<number> {
  const store = await openFromOptions(opts.store, false);
  try {
    const a = await answerQuestion(store, question);
    if (opts.format === "json") {
      process.stdout.write(
        JSON.stringify(
          {
            question: a.parsed.question,
            understood: a.parsed.understood,
            unused: a.parsed.unused,
            query: a.parsed.query,
            count: a.count,
            counted: a.counted,
            message: a.message,
            rows: a.rows,
          },
          null,
          2,
        ) + "\n",
      );
      return a.parsed.query ? 0 : 2;
    }
    // how it was understood, and the query to run it by hand, on standard error: stdout stays the answer
    if (a.parsed.understood) process.stderr.write(`${a.parsed.understood[opts.lang]}\n`);
    if (a.parsed.query)
      process.stderr.write(
        // a report's register ("what was signed in 2023") is run by hand with kg report
        `query: kg ${REPORT_CATALOGUE.has(a.parsed.query.name) ? "report" : "query"} ${a.parsed.query.name}${Object.entries(a.parsed.query.params)
          .map(([k, v]) => ` --param ${k}=${JSON.stringify(v)}`)
          .join("")}\n`,
      );
    if (a.message) {
      process.stderr.write(`${a.message[opts.lang]}\n`);
      if (!a.parsed.query) return 2;
    }
    if (opts.format === "csv") process.stdout.write(toCsv(a.rows));
    else {
      if (a.counted) process.stdout.write(`${opts.lang === "vi" ? "Số lượng" : "Count"}: ${a.counted.n} ${a.counted[opts.lang]}\n`);
      // the table for reading, then each row's evidence in full: the sentence that states it
      // in words: headers, dates, countries and kinds in the asked language, no column of ids
      const shown = readableRows(opts.lang, a.rows);
      process.stdout.write(toTable(shown.rows, shown.columns, 50) + "\n");
      const quotes = a.rows.map((r, i) => [i + 1, Array.isArray(r.quotes) ? r.quotes[0] : r.quote] as const).filter(([, q]) => typeof q === "string" && q);
      if (quotes.length) {
        process.stdout.write(`${opts.lang === "vi" ? "Trích dẫn" : "Evidence"}:\n`);
        for (const [i, q] of quotes.slice(0, 50)) process.stdout.write(`  ${i}. “${String(q)}”\n`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
