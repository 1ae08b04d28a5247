// The `kg` command line: extract, ingest, query, report, export, serve.
import { Command, Option } from "commander";
import { runExtract } from "./extract-command";

const program = new Command();
program
  .name("kg")
  .description("Knowledge graph of propaganda-department cooperation, from Vietnamese news articles.\nRun as: npm run kg -- <command> [options]")
  .showHelpAfterError();

program
  .command("extract")
  .description("Read articles (.txt .md .html .json .jsonl or folders) and print their facts with evidence sentences")
  .argument("<paths...>", "files or folders (read recursively)")
  .addOption(new Option("--format <format>", "jsonl: one JSON object per input (the extraction contract); json: one array; text: for reading").choices(["jsonl", "json", "text"]).default("jsonl"))
  .option("--with-text", "include the normalised article text that evidence offsets refer to", false)
  .action((paths: string[], opts: { format: "jsonl" | "json" | "text"; withText: boolean }) => {
    runExtract(paths, opts);
  });

export { program };
if (require.main === module) {
  program.parseAsync(process.argv).catch((e: unknown) => {
    process.stderr.write(`kg: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
