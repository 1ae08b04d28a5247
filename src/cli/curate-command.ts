// `kg curate`: analysts' corrections (merge, split, rename, set, reject, add, undo, list, apply).
import { Command, Option } from "commander";
import type { CurationStatus } from "../graph/curation/curation-model";
import { SETTABLE_KEYS } from "../graph/curation/curation-model";
import type { StoreKind } from "../graph/open-store";
import { InvalidArgumentsError } from "../graph/errors";
import { openFromOptions, storeOption } from "./store-options";

type Opts = { store?: StoreKind; note?: string };

async function curate(request: Record<string, unknown>, opts: Opts): Promise<void> {
  const store = await openFromOptions(opts.store, true);
  try {
    const res = await store.curate({ ...request, ...(opts.note !== undefined ? { note: opts.note } : {}) });
    const counts = await store.counts();
    const lines = [
      `curation ${res.curation.id}: ${describe(res.curation as unknown as Record<string, unknown>)}`,
      `kept in ${store.opts.file}; undo with: kg curate undo ${res.curation.id}`,
      `graph rebuilt: ${counts.articles} articles, ${counts.nodes} nodes, ${counts.relationships} relationships`,
      ...res.problems.map((p) => `warning: ${p}`),
    ];
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    await store.close();
  }
}

function describe(c: Record<string, unknown>): string {
  switch (c.op) {
    case "merge":
      return `${String(c.other)} merged into ${String(c.keep)}`;
    case "split":
      return `${String(c.node)} in ${(c.articles as string[]).join(", ")} is now ${String(c.newId)}`;
    case "rename":
      return `${String(c.node)} renamed "${String(c.previous)}" → "${String(c.name)}"`;
    case "set":
      return `${String(c.node)}.${String(c.key)} = ${c.value === null ? "(removed)" : String(c.value)}`;
    case "reject":
      return `relationship ${String(c.rel)} hidden`;
    case "add":
      return `${String(c.type)} ${String(c.from)} → ${String(c.to)} added`;
    default:
      return `${String(c.target)} undone`;
  }
}

function statusTable(list: readonly CurationStatus[]): string {
  if (!list.length) return "no curations";
  return list
    .map((s) => {
      const c = s.curation;
      const note = c.note ? `  note: ${c.note}` : "";
      return `${c.id}  ${s.state.padEnd(6)}  ${c.at.slice(0, 19)}  ${c.by}  ${describe(c as unknown as Record<string, unknown>)}${note}${s.problem ? `\n    ${s.problem}` : ""}`;
    })
    .join("\n");
}

function withCommon(cmd: Command): Command {
  return cmd.addOption(storeOption()).option("--note <text>", "why: kept with the curation and shown with the fact");
}

export function curateCommand(): Command {
  const cmd = new Command("curate").description(
    "Correct the graph: corrections are kept in KG_CURATIONS (default: curations.jsonl next to the store) and applied on every ingest",
  );
  withCommon(cmd.command("merge").description("OTHER is the same entity as KEEP: its names become KEEP's aliases, its relationships KEEP's"))
    .argument("<keep>", "id of the entity to keep")
    .argument("<other>", "id of the entity merged into it")
    .action((keep: string, other: string, opts: Opts) => curate({ op: "merge", keep, other }, opts));
  withCommon(cmd.command("split").description("In the given articles, ID's mentions are another entity (a new id ID~N)"))
    .argument("<id>", "id of the entity")
    .requiredOption("--articles <ids>", "comma-separated article ids whose mentions are the other entity")
    .option("--name <name>", "the new entity's name (default: the same name)")
    .action((id: string, opts: Opts & { articles: string; name?: string }) =>
      curate(
        {
          op: "split",
          node: id,
          articles: opts.articles
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
          ...(opts.name ? { name: opts.name } : {}),
        },
        opts,
      ),
    );
  withCommon(cmd.command("rename").description("Give an entity another name; the old one stays an alias"))
    .argument("<id>", "id of the entity")
    .argument("<name>", "the new name")
    .action((id: string, name: string, opts: Opts) => curate({ op: "rename", node: id, name }, opts));
  withCommon(cmd.command("set").description(`Set a property (${SETTABLE_KEYS.join(", ")}); an empty value removes it`))
    .argument("<id>", "id of the entity")
    .argument("<key=value>", "e.g. country=LA")
    .action((id: string, kv: string, opts: Opts) => {
      const eq = kv.indexOf("=");
      if (eq < 1) throw new InvalidArgumentsError(`curate set: expected key=value, got "${kv}"`);
      const value = kv.slice(eq + 1);
      return curate({ op: "set", node: id, key: kv.slice(0, eq), value: value === "" ? null : value }, opts);
    });
  withCommon(cmd.command("reject").description("A wrong relationship: hidden from every answer, kept in the curations, undone by undo"))
    .argument("<rel>", "relationship id TYPE|from|to|key, as kg query relations and the API give it")
    .action((rel: string, opts: Opts) => curate({ op: "reject", rel }, opts));
  withCommon(cmd.command("add").description("A missing relationship; the note is its evidence"))
    .argument("<type>", "relationship type, e.g. SIGNED_WITH")
    .argument("<from>", "id of its start")
    .argument("<to>", "id of its end")
    .option("--document <kind>", "for SIGNED_WITH: mou, cooperation_programme, agreement, minutes, other")
    .option("--date <date>", "YYYY-MM-DD, YYYY-MM or --MM-DD")
    .action((type: string, from: string, to: string, opts: Opts & { document?: string; date?: string }) =>
      curate(
        { op: "add", type, from, to, ...(opts.document ? { document: opts.document } : {}), ...(opts.date ? { date: opts.date } : {}), note: opts.note ?? "" },
        opts,
      ),
    );
  withCommon(cmd.command("undo").description("Undo a curation (the graph is rebuilt without it)"))
    .argument("<curation-id>", "as kg curate list shows it")
    .action((target: string, opts: Opts) => curate({ op: "undo", target }, opts));
  cmd
    .command("list")
    .description("Every curation, in force or undone, and those naming ids the graph no longer has")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(storeOption())
    .action(async (opts: { store?: StoreKind; format: "table" | "json" }) => {
      const store = await openFromOptions(opts.store, false);
      try {
        const list = await store.curations();
        process.stdout.write((opts.format === "json" ? JSON.stringify(list, null, 2) : statusTable(list)) + "\n");
      } finally {
        await store.close();
      }
    });
  cmd
    .command("apply")
    .description("Rebuild the graph from its articles with the curations file as it is now (after copying or editing it)")
    .addOption(storeOption())
    .action(async (opts: { store?: StoreKind }) => {
      const store = await openFromOptions(opts.store, true);
      try {
        const res = await store.rebuild();
        const counts = await store.counts();
        process.stdout.write(
          [
            `graph rebuilt: ${counts.articles} articles, ${counts.nodes} nodes, ${counts.relationships} relationships`,
            ...res.problems.map((p) => `warning: ${p}`),
          ].join("\n") + "\n",
        );
      } finally {
        await store.close();
      }
    });
  return cmd;
}
