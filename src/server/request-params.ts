// Query-string values as the catalogue expects them: one string per key. Repeated keys and
// nested objects (?a=1&a=2, ?a[b]=1) are refused rather than guessed.
import { InvalidArgumentsError } from "../graph/errors";

export function singleValued(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const issues: Array<{ path: string; message: string }> = [];
  for (const [k, v] of Object.entries(query)) {
    if (typeof v === "string") out[k] = v;
    else issues.push({ path: k, message: "expected a single value" });
  }
  if (issues.length) throw new InvalidArgumentsError(`read the query string: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  return out;
}
