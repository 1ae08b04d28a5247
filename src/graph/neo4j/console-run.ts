// Running one console query on Neo4j, bounded on every side:
// - what it may do: the plan's operators (console-fence.ts) and its expressions
//   (expression-fence.ts) are checked on EXPLAIN before it runs;
// - how long: Neo4j's own transaction timeout, and a deadline here that closes the session
//   (the driver's RESET terminates the transaction on the server) should Neo4j overrun it;
// - who waits: a client that leaves (the signal) ends the transaction the same way, so no
//   query keeps a CPU busy for nobody;
// - how many: console transactions carry metadata, and a new one is refused while as many as
//   allowed are still running in Neo4j (from this process or another one);
// - how much: rows and bytes of the answer are capped.
import { randomUUID } from "node:crypto";
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { ConsoleBusyError, CypherRefusedError } from "../errors";
import type { ConsoleOptions, ConsoleResult, Row } from "../store";
import { planRefusal } from "./console-fence";
import { expressionRefusal } from "./expression-fence";

/** The metadata every console transaction carries, so that Neo4j can list them. */
export const CONSOLE_APP = "kg-console";
/** How long past its limit a query may take before the session is closed under it. */
const DEADLINE_GRACE_MS = 1000;

/** Console transactions running in Neo4j now (SHOW TRANSACTIONS, with their metadata). */
export async function runningConsoleQueries(driver: Driver, database: string | undefined): Promise<number> {
  const res = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = $app RETURN count(*) AS n",
    { app: CONSOLE_APP },
    { database, routing: neo4j.routing.READ },
  );
  return Number(res.records[0]?.get("n") ?? 0);
}

/** Why the query may not run, from its plan, or null. */
async function refusal(session: Session, query: string, params: Record<string, unknown>, timeoutMs: number): Promise<string | null> {
  const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), { timeout: timeoutMs });
  const type = plan.summary.queryType;
  if (type !== "r")
    return `only read-only queries are allowed; this query ${type === "w" || type === "rw" ? "writes to the graph" : type === "s" ? "changes the schema" : "is not a plain read"}`;
  const tree = plan.summary.plan;
  if (!tree) return "refused, Neo4j gave no plan for it; only read-only queries over the graph are allowed";
  const operators = planRefusal(tree);
  if (operators) return `refused, ${operators}; only read-only queries over the graph are allowed`;
  const expressions = expressionRefusal(tree, query);
  return expressions ? `refused, ${expressions}` : null;
}

/** Why the run stopped early, as the user reads it. */
function stopped(why: "deadline" | "client", timeoutMs: number): CypherRefusedError {
  return new CypherRefusedError(why === "client" ? "run Cypher: stopped, the client left before the answer" : `run Cypher: stopped after the ${timeoutMs} ms time limit`);
}

export async function runConsoleQuery(
  driver: Driver,
  database: string | undefined,
  query: string,
  params: Record<string, unknown>,
  opts: ConsoleOptions,
  toPlain: (v: unknown) => unknown,
): Promise<ConsoleResult> {
  if (opts.signal?.aborted) throw stopped("client", opts.timeoutMs);
  const running = await runningConsoleQueries(driver, database);
  if (running >= opts.maxRunning)
    throw new ConsoleBusyError(`run Cypher: ${running} console ${running === 1 ? "query is" : "queries are"} still running in Neo4j; try again in a moment`);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let why: "deadline" | "client" | null = null;
  const stop = (reason: "deadline" | "client") => {
    if (why) return;
    why = reason;
    void session.close().catch(() => undefined);
  };
  const onAbort = () => stop("client");
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const deadline = setTimeout(() => stop("deadline"), opts.timeoutMs + DEADLINE_GRACE_MS);
  // the answer comes by then whatever the driver or the server does: the caller is never left waiting
  let last: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    last = setTimeout(() => {
      stop("deadline");
      reject(stopped("deadline", opts.timeoutMs));
    }, opts.timeoutMs + 4 * DEADLINE_GRACE_MS);
  });
  try {
    const refused = await Promise.race([refusal(session, query, params, opts.timeoutMs), giveUp]);
    if (refused) throw new CypherRefusedError(`run Cypher: ${refused}`);
    // one explicit transaction, never retried: a console query that failed is the analyst's to rerun
    const work = (async (): Promise<ConsoleResult> => {
      const tx = session.beginTransaction({ timeout: opts.timeoutMs, metadata: { app: CONSOLE_APP, id: randomUUID() } });
      try {
        const rows: Row[] = [];
        let bytes = 0;
        let truncated = false;
        for await (const rec of tx.run(query, params)) {
          if (rows.length >= opts.maxRows) {
            truncated = true;
            break;
          }
          const row = toPlain(rec.toObject()) as Row;
          bytes += Buffer.byteLength(JSON.stringify(row));
          if (bytes > opts.maxBytes) {
            truncated = true;
            break;
          }
          rows.push(row);
        }
        return { rows, truncated, ...(truncated ? { truncatedBy: rows.length >= opts.maxRows ? ("rows" as const) : ("bytes" as const) } : {}) };
      } finally {
        await tx.close().catch(() => undefined);
      }
    })();
    return await Promise.race([work, giveUp]);
  } catch (e) {
    if (why) throw stopped(why, opts.timeoutMs);
    throw e;
  } finally {
    clearTimeout(deadline);
    clearTimeout(last);
    giveUp.catch(() => undefined);
    opts.signal?.removeEventListener("abort", onAbort);
    await Promise.race([session.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
  }
}
