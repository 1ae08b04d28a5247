// `npm run fuzz [-- SECONDS]`: the bounded fuzzing run with its figures.
import { runFuzz } from "./fuzz-harness";

const seconds = Number(process.argv[2] ?? 60);
runFuzz(seconds * 1000)
  .then((r) => {
    process.stdout.write(
      `fuzz: ${r.inputs} inputs in ${seconds} s, ${r.crashes.length} crashes, slowest ${r.slowestMsPerKb.toFixed(2)} ms/KB (${r.slowestKind})\nby kind: ${JSON.stringify(r.byKind)}\n`,
    );
    for (const c of r.crashes.slice(0, 10)) process.stdout.write(`crash ${c.kind}: ${c.error}\n  sample: ${JSON.stringify(c.sample)}\n`);
    process.exit(r.crashes.length ? 1 : 0);
  })
  .catch((e: unknown) => {
    process.stderr.write(`fuzz: ${String(e)}\n`);
    process.exit(1);
  });
