// `kg extract`: facts of each input as JSON lines (the contract), JSON, or text for a reader.
import { extractArticle, extractWithText } from "../ingest/extract";
import { formatExtractionText } from "../ingest/format-text";
import { readInputs } from "../ingest/read/read-inputs";

export interface ExtractOptions {
  format: "jsonl" | "json" | "text";
  withText: boolean;
}

export function runExtract(paths: string[], opts: ExtractOptions, out: NodeJS.WritableStream = process.stdout): number {
  let failures = 0;
  const all: unknown[] = [];
  for (const item of readInputs(paths)) {
    let line: unknown;
    if (!item.ok) {
      failures++;
      process.stderr.write(`kg extract: ${item.error}\n`);
      line = { article: { source: item.source }, error: item.error };
    } else {
      try {
        line = opts.withText ? extractWithText(item.input) : extractArticle(item.input);
      } catch (e) {
        failures++;
        const error = `extract ${item.input.source}: ${(e as Error).message}`;
        process.stderr.write(`kg extract: ${error}\n`);
        line = { article: { source: item.input.source }, error };
      }
    }
    if (opts.format === "jsonl") out.write(JSON.stringify(line) + "\n");
    else if (opts.format === "json") all.push(line);
    else
      out.write(
        ("error" in (line as object)
          ? `# ${item.ok ? item.input.source : item.source}\nerror: ${(line as { error: string }).error}`
          : formatExtractionText(line as Parameters<typeof formatExtractionText>[0])) + "\n\n",
      );
  }
  if (opts.format === "json") out.write(JSON.stringify(all, null, 2) + "\n");
  return failures;
}
