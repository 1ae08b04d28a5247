// `kg ask "…"`: a question in Vietnamese or English, answered by the named query it maps to.
import { answerQuestion } from "../ask/answer-question";
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
          { question: a.parsed.question, understood: a.parsed.understood, query: a.parsed.query, count: a.count, message: a.message, rows: a.rows },
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
        `query: kg query ${a.parsed.query.name}${Object.entries(a.parsed.query.params)
          .map(([k, v]) => ` --param ${k}=${JSON.stringify(v)}`)
          .join("")}\n`,
      );
    if (a.message) {
      process.stderr.write(`${a.message[opts.lang]}\n`);
      if (!a.parsed.query) return 2;
    }
    if (opts.format === "csv") process.stdout.write(toCsv(a.rows));
    else {
      if (a.count !== null) process.stdout.write(`${opts.lang === "vi" ? "Số lượng" : "Count"}: ${a.count}\n`);
      const cols = Object.keys(a.rows[0] ?? {}).filter((c) => !/Id$|^articles$/.test(c));
      const view = a.rows.map((r) => ({ ...r, ...(Array.isArray(r.quotes) ? { quotes: r.quotes[0] ?? null } : {}) }));
      process.stdout.write(toTable(view, cols, 70) + "\n");
    }
    return 0;
  } finally {
    await store.close();
  }
}
