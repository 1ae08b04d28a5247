// `kg curate`: analysts' corrections (merge, split, rename, set, reject, add, undo, list, apply).
import { Command, Option } from "commander";
import type { CuratedStore } from "../graph/curation/curated-store";
import type { CurationStatus } from "../graph/curation/curation-model";
import { SETTABLE_KEYS } from "../graph/curation/curation-model";
import type { StoreKind } from "../graph/open-store";
import { z } from "zod";
import { InvalidArgumentsError, StoreLockedError } from "../graph/errors";
import { roleContradictions } from "../graph/identity/role-contradictions";
import { suggestPairs } from "../graph/identity/suggest-pairs";
import { lockHolder } from "../graph/memory/writer-lock";
import { dataFileOf, storeEnv } from "../graph/open-store";
import { openFromOptions, storeOption } from "./store-options";

type Opts = { store?: StoreKind; note?: string };

async function curate(request: Record<string, unknown>, opts: Opts): Promise<void> {
  const body = { ...request, ...(opts.note !== undefined ? { note: opts.note } : {}) };
  let store;
  try {
    store = await openFromOptions(opts.store, true);
  } catch (e) {
    // a running server is the embedded store's only writer: send it the correction
    const server = e instanceof StoreLockedError ? runningServer() : null;
    if (!server) throw e;
    await sendToServer(server, body);
    return;
  }
  try {
    const res = await store.curate(body);
    const counts = await store.counts();
    const lines = [
      ...res.with.map((c) => `curation ${c.id}: ${describe(c as unknown as Record<string, unknown>)}; undo with: kg curate undo ${c.id}`),
      `curation ${res.curation.id}: ${describe(res.curation as unknown as Record<string, unknown>)}`,
      `kept in ${store.opts.file}${res.curation.op === "undo" ? "" : `; undo with: kg curate undo ${res.curation.id}`}`,
      `graph rebuilt: ${counts.articles} articles, ${counts.nodes} nodes, ${counts.relationships} relationships`,
      ...res.problems.map((p) => `warning: ${p}`),
    ];
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    await store.close();
  }
}

/** Opens the store for reading (beside a running server too), runs `fn`, closes it. */
async function reading<T>(kind: StoreKind | undefined, fn: (store: CuratedStore) => Promise<T>): Promise<T> {
  const store = await openFromOptions(kind, false);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The address the server holding the embedded store's lock wrote into it, if any. */
function runningServer(): string | null {
  return lockHolder(dataFileOf(storeEnv()))?.url ?? null;
}

const CuratedAnswer = z.object({
  curation: z.record(z.string(), z.unknown()).and(z.object({ id: z.string() })),
  with: z.array(z.record(z.string(), z.unknown()).and(z.object({ id: z.string() }))).default([]),
  problems: z.array(z.string()),
  graph: z.object({ articles: z.number(), nodes: z.number(), relationships: z.number() }),
});

/** POST /api/curations on the running server, with KG_API_TOKEN as the bearer token when set. */
async function sendToServer(url: string, body: Record<string, unknown>): Promise<void> {
  const token = process.env.KG_API_TOKEN;
  let res: Response;
  try {
    res = await fetch(`${url}/api/curations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    throw new StoreLockedError(
      `curate: the embedded store is held by the server at ${url}, which did not answer (${e instanceof Error ? e.message : String(e)}); stop it or wait, then run the command again`,
    );
  }
  const text = await res.text();
  if (res.status === 401 || res.status === 403)
    throw new InvalidArgumentsError(`curate: the server at ${url} wants its token: set KG_API_TOKEN to the server's token and run the command again (${res.status})`);
  if (!res.ok) {
    let detail = text;
    try {
      const problem = JSON.parse(text) as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? text;
    } catch {
      /* not JSON: the text as it came */
    }
    throw new InvalidArgumentsError(`curate (sent to the running server at ${url}): ${detail}`);
  }
  const answer = CuratedAnswer.parse(JSON.parse(text));
  const lines = [
    ...answer.with.map((c) => `curation ${c.id}: ${describe(c)}; undo with: kg curate undo ${c.id}`),
    `curation ${answer.curation.id}: ${describe(answer.curation)} (sent to the running server at ${url})`,
    ...(answer.curation.op === "undo" ? [] : [`undo with: kg curate undo ${answer.curation.id}`]),
    `graph rebuilt: ${answer.graph.articles} articles, ${answer.graph.nodes} nodes, ${answer.graph.relationships} relationships`,
    ...answer.problems.map((p) => `warning: ${p}`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
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
    .option("--drop-role <roleIds...>", "first reject OTHER's roles with these ids (the wrong roles that gave it another country)")
    .action((keep: string, other: string, opts: Opts & { dropRole?: string[] }) =>
      curate({ op: "merge", keep, other, ...(opts.dropRole?.length ? { dropRoles: opts.dropRole } : {}) }, opts),
    );
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
      const list = await reading(opts.store, (store) => store.curations());
      process.stdout.write((opts.format === "json" ? JSON.stringify(list, null, 2) : statusTable(list)) + "\n");
    });
  cmd
    .command("suggest")
    .description("Pairs of people the identity pass did not merge whose spellings meet (foreign names), with why; accept one with kg curate merge KEEP OTHER")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(storeOption())
    .action(async (opts: { store?: StoreKind; format: "table" | "json" }) => {
      const dump = await reading(opts.store, (store) => store.dump());
      const pairs = suggestPairs(dump);
      const contradictions = roleContradictions(dump);
      if (opts.format === "json") {
        process.stdout.write(JSON.stringify({ pairs, contradictions }, null, 2) + "\n");
        return;
      }
      const lines = pairs.length
        ? pairs.map(
            (p) =>
              `${p.keepName} (${p.keep}) ~ ${p.otherName} (${p.other})${p.country ? `  ${p.country}` : ""}: ${p.why}${p.sharedOrgs.length ? `; both at ${p.sharedOrgs.join(", ")}` : ""}\n    accept: kg curate merge ${p.keep} ${p.other} --note "…"`,
          )
        : ["no pairs to look at: every spelling that meets another was merged with agreeing evidence"];
      lines.push(
        ...(contradictions.length
          ? [
              "roles that contradict their holder's country (a misread role):",
              ...contradictions.map(
                (c) =>
                  `${c.personName} (${c.person}, ${c.country}) holds ${c.roleName} (${c.role}) at ${c.org} (${c.orgCountry})\n    fix: kg query relations --param id=${c.person} gives its relId for kg curate reject`,
              ),
            ]
          : ["no role contradicts its holder's country"]),
      );
      process.stdout.write(lines.join("\n") + "\n");
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
