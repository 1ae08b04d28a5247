// The console's second fence: work that Neo4j's own time limit cannot stop. Neo4j checks its
// transaction timeout between units of work of the plan's operators (rows, expansions), never
// inside the evaluation of one expression. A single expression that builds a huge list
// (`range(1, 100000000)`), grows an accumulator (`reduce(s = '', x IN … | s + x)`, quadratic) or
// iterates inside an iteration (`[x IN l | [y IN l | …]]`) runs on after it was terminated: a
// probe saw one burn a CPU for 342 s after its 5 s limit, and a TERMINATE only marks it.
// So these are refused before they run, on the plan Neo4j makes (the expressions as Neo4j
// rendered them, literals turned into $autoparameters) and, for range(), on the literal bounds
// written in the query, which the plan no longer shows.
import type { PlanNode } from "./console-fence";

/** The largest list range() may build in a console query. */
export const MAX_RANGE_LENGTH = 10_000;

/** Every expression text of the plan (operator details, as Neo4j renders them). */
function planExpressions(plan: PlanNode): string[] {
  const out: string[] = [];
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    for (const key of ["Details", "details", "Expressions", "expressions"]) {
      const value = node.arguments?.[key];
      if (typeof value === "string") out.push(value);
    }
    stack.push(...(node.children ?? []));
  }
  return out;
}

/** String literals, backticked names and comments, in the order they may start. */
const NOT_CODE = /'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//gu;

/** The text with string literals, quoted names and comments blanked out (same length, so offsets hold). */
function codeOnly(text: string): string {
  return text.replace(NOT_CODE, (m) => " ".repeat(m.length));
}

/** The same text with backticks removed from names (`range`(…) is range(…)), literals and comments blanked. */
function unquotedCode(text: string): string {
  return text.replace(NOT_CODE, (m) =>
    m.startsWith("`")
      ? ` ${m.slice(1, -1).replaceAll("``", "`")} `
      : m.startsWith("'") || m.startsWith('"')
        ? `'${" ".repeat(Math.max(0, m.length - 2))}'`
        : " ".repeat(m.length),
  );
}

/** Where the bracket opened at `open` closes (the text's end when it does not). */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

const ITERATION = /(?:\b(?:all|any|none|single|reduce)\s*\(|\[)\s*[\p{L}_][\p{L}\d_]*\s+IN\s/giu;

/** The spans [start, end] of every iteration over a list in one expression text. */
function iterationSpans(text: string): Array<{ start: number; end: number; what: string }> {
  const code = codeOnly(text);
  const spans: Array<{ start: number; end: number; what: string }> = [];
  for (const m of code.matchAll(ITERATION)) {
    const start = m.index;
    const open = code.indexOf(m[0].trimStart().startsWith("[") ? "[" : "(", start);
    const word = /^\s*([a-z]+)/iu.exec(m[0])?.[1]?.toLowerCase();
    spans.push({ start, end: closingOf(code, open), what: word ? `${word}()` : "a list comprehension" });
  }
  return spans;
}

/** The length of `range(a, b[, step])` when all its arguments are integer literals, else null. */
function literalRangeLength(args: string): number | null {
  const parts = args.split(",").map((s) => s.trim().replaceAll("_", ""));
  if (parts.length < 2 || parts.length > 3) return null;
  const ints = parts.map((p) => (/^[-+]?(?:0x[0-9a-f]+|0o[0-7]+|\d+)$/iu.test(p) ? Number(p) : NaN));
  if (ints.some((n) => !Number.isFinite(n))) return null;
  const [from, to, step = 1] = ints as [number, number, number?];
  if (step === 0) return null;
  return Math.max(0, Math.floor((to - from) / step) + 1);
}

/** Every range(…) call written in the query, with its length when its bounds are literals. */
function rangesInQuery(query: string): Array<number | null> {
  const code = unquotedCode(query);
  const out: Array<number | null> = [];
  for (const m of code.matchAll(/\brange\s*\(/giu)) {
    const open = m.index + m[0].length - 1;
    const close = closingOf(code, open);
    const inner = code.slice(open + 1, close);
    out.push(/[([{]/u.test(inner) ? null : literalRangeLength(inner));
  }
  return out;
}

/**
 * Why the query may not run in the console because one of its expressions could run on past
 * the time limit, or null. `query` is the text as sent, `plan` the plan Neo4j made for it.
 */
export function expressionRefusal(plan: PlanNode, query: string): string | null {
  const expressions = planExpressions(plan);
  for (const text of expressions) {
    const code = codeOnly(text);
    if (/\breduce\s*\(/iu.test(code))
      return "reduce() runs inside one expression, where Neo4j's time limit cannot stop it; aggregate rows instead (UNWIND … RETURN sum(…), collect(…))";
    const spans = iterationSpans(text);
    for (const outer of spans) {
      const inner = spans.find((s) => s !== outer && s.start > outer.start && s.start < outer.end);
      if (inner)
        return `${inner.what} inside ${outer.what} multiplies the work of one expression, where Neo4j's time limit cannot stop it; UNWIND the outer list into rows instead`;
    }
  }
  const planUsesRange = expressions.some((t) => /\brange\s*\(/iu.test(codeOnly(t)));
  if (planUsesRange) {
    const ranges = rangesInQuery(query);
    if (ranges.length === 0 || ranges.some((n) => n === null))
      return "range() may only take integer literals in the console (range(1, 100)), so that the list it builds is known before it runs";
    const longest = Math.max(...(ranges as number[]));
    if (longest > MAX_RANGE_LENGTH)
      return `range() would build a list of ${longest.toLocaleString("en-US")} numbers; the console allows at most ${MAX_RANGE_LENGTH.toLocaleString("en-US")}, because Neo4j's time limit cannot stop the building of one list`;
  }
  return null;
}
