// Answers a question: parses it, runs the named query it maps to on a store, and returns the
// rows with how the question was understood (or what to ask back).
import { NotFoundError, InvalidArgumentsError } from "../graph/errors";
import { getDefinition, prepareParams } from "../graph/queries/catalogue";
import type { GraphStore, Row } from "../graph/store";
import { countAnswer, type Counted } from "./count-answer";
import { parseQuestion, type ParsedQuestion } from "./parse-question";

export interface Answer {
  parsed: ParsedQuestion;
  rows: Row[];
  /** When the question asked how many: the number of the things asked about (not of rows). */
  count: number | null;
  /** What was counted ("tỉnh", "provinces"), with the count. */
  counted: Counted | null;
  /** Said instead of rows: the question asked back, or why the query found nothing to run on. */
  message: { vi: string; en: string } | null;
}

export async function answerQuestion(store: GraphStore, question: string): Promise<Answer> {
  const parsed = parseQuestion(question);
  if (!parsed.query) return { parsed, rows: [], count: null, counted: null, message: parsed.clarify ? { vi: parsed.clarify.vi, en: parsed.clarify.en } : null };
  try {
    // a named query, or a report's register ("what was signed in 2023" is the agreements register)
    const rows = await store.run(parsed.query.name, prepareParams(getDefinition(parsed.query.name), parsed.query.params));
    const counted = parsed.count ? countAnswer(parsed.query.name, parsed.query.params, rows) : null;
    return { parsed, rows, count: counted?.n ?? null, counted, message: null };
  } catch (e) {
    // a name the graph does not hold: say so, with the query, so the analyst can correct it
    if (e instanceof NotFoundError || e instanceof InvalidArgumentsError)
      return { parsed, rows: [], count: null, counted: null, message: { vi: `Không tìm thấy: ${e.message}`, en: `Not found: ${e.message}` } };
    throw e;
  }
}
