// The `kg` command line: extract, ingest, query, report, export, serve.
import { Command, Option } from "commander";
import { KgError } from "../graph/errors";
import type { StoreKind } from "../graph/open-store";
import { runAsk } from "./ask-command";
import { curateCommand } from "./curate-command";
import { runExtract } from "./extract-command";
import { runIngest } from "./ingest-command";
import { listQueries, runQuery } from "./query-command";
import { listReports, runExport, runReport } from "./report-export-commands";
import { storeOption } from "./store-options";

const program = new Command();
program
  .name("kg")
  .description("Knowledge graph of propaganda-department cooperation, from Vietnamese news articles.\nRun as: npm run kg -- <command> [options]")
  .showHelpAfterError();

program
  .command("extract")
  .description("Read articles (.txt .md .html .json .jsonl or folders) and print their facts with evidence sentences")
  .argument("<paths...>", "files or folders (read recursively)")
  .addOption(
    new Option("--format <format>", "jsonl: one JSON object per input (the extraction contract); json: one array; text: for reading")
      .choices(["jsonl", "json", "text"])
      .default("jsonl"),
  )
  .option("--with-text", "include the normalised article text that evidence offsets refer to", false)
  .action((paths: string[], opts: { format: "jsonl" | "json" | "text"; withText: boolean }) => {
    runExtract(paths, opts);
  });

program
  .command("ingest")
  .description("Extract articles and add them to the graph; an article already stored is left unchanged")
  .argument("[paths...]", "files or folders (read recursively), or web pages (http and https URLs)")
  .option("--feed <url>", "an RSS or Atom feed: each of its items is fetched and ingested (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
  .addOption(storeOption())
  .option("--batch-size <n>", "articles per write transaction", (v) => Number.parseInt(v, 10), 200)
  .action(async (paths: string[], opts: { store?: StoreKind; batchSize: number; feed: string[] }) => {
    if (!paths.length && !opts.feed.length) throw new Error("ingest: give files, folders, URLs or --feed URL");
    process.exitCode = await runIngest(paths, opts);
  });

program
  .command("query")
  .description("Run a named query (see --list) and print its rows")
  .argument("[name]", "query name, e.g. partners")
  .option(
    "-p, --param <key=value>",
    'a parameter, repeatable, e.g. --param province="Sơn La" --param country=LA',
    (v: string, acc: string[]) => [...acc, v],
    [] as string[],
  )
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
  .addOption(storeOption())
  .option("--list", "list the named queries and their parameters", false)
  .action(async (name: string | undefined, opts: { param: string[]; format: "table" | "json" | "csv"; store?: StoreKind; list: boolean }) => {
    if (opts.list || !name) {
      process.stdout.write(listQueries() + "\n");
      return;
    }
    await runQuery(name, opts);
  });

program
  .command("ask")
  .description(
    'Ask in Vietnamese or English, e.g. kg ask "Sơn La đã ký với những tỉnh nào của Lào?"; says how it understood the question and which query it ran',
  )
  .argument("<question...>", "the question (quote it, or write it as words)")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
  .addOption(new Option("--lang <lang>", "language of the explanations").choices(["vi", "en"]).default("vi"))
  .addOption(storeOption())
  .action(async (words: string[], opts: { format: "table" | "json" | "csv"; lang: "vi" | "en"; store?: StoreKind }) => {
    process.exitCode = await runAsk(words.join(" "), opts);
  });

program
  .command("report")
  .description("Make a report (matrix, agreements, delegations-register, people, activity) as CSV, Markdown, JSON or one self-contained HTML file")
  .argument("[name]", "report name; without it, the list")
  .option("-p, --param <key=value>", 'a parameter, repeatable, e.g. --param province="Điện Biên"', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .addOption(new Option("--format <format>", "output format").choices(["csv", "md", "json", "html"]).default("html"))
  .option("--out <file>", "write to a file instead of standard output")
  .addOption(storeOption())
  .action(async (name: string | undefined, opts: { param: string[]; format: "csv" | "md" | "json" | "html"; out?: string; store?: StoreKind }) => {
    if (!name) {
      process.stdout.write(listReports() + "\n");
      return;
    }
    await runReport(name, opts);
  });

program
  .command("export")
  .description("Export the whole graph: cypher (a script that loads into an empty Neo4j), graphml, gexf (Gephi) or json (graphology)")
  .addOption(new Option("--format <format>", "export format").choices(["cypher", "graphml", "gexf", "json"]).makeOptionMandatory())
  .option("--out <file>", "write to a file instead of standard output")
  .addOption(storeOption())
  .action(async (opts: { format: "cypher" | "graphml" | "gexf" | "json"; out?: string; store?: StoreKind }) => {
    await runExport(opts);
  });

program.addCommand(curateCommand());

export { program };
if (require.main === module) {
  // `kg export | head` closes the pipe early: that is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  program.parseAsync(process.argv).catch((e: unknown) => {
    // named errors, system errors (EACCES, ENOSPC …) and Neo4j's coded errors carry a message for
    // the user; anything else is a bug worth its stack (KG_DEBUG=1 shows every stack)
    const coded = e instanceof Error && typeof (e as { code?: unknown }).code === "string";
    const plain = e instanceof KgError || coded;
    process.stderr.write(`kg: ${e instanceof Error ? (plain && !process.env.KG_DEBUG ? e.message : (e.stack ?? e.message)) : String(e)}\n`);
    process.exit(1);
  });
}
