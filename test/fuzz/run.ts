// `npm run fuzz [-- SECONDS]`: the bounded fuzzing run with its figures.
import { extractionGrowth, runFuzz } from "./fuzz-harness";

const seconds = Number(process.argv[2] ?? 60);
/** Eight times the text, at most this many times the time (linear is 8, quadratic 64; room for noise). */
const GROWTH_LIMIT = 16;
runFuzz(seconds * 1000)
  .then((r) => {
    process.stdout.write(
      `fuzz: ${r.inputs} inputs in ${seconds} s, ${r.crashes.length} crashes, slowest ${r.slowestMsPerKb.toFixed(2)} ms/KB (${r.slowestKind})\nby kind: ${JSON.stringify(r.byKind)}\n`,
    );
    for (const c of r.crashes.slice(0, 10)) process.stdout.write(`crash ${c.kind}: ${c.error}\n  sample: ${JSON.stringify(c.sample)}\n`);
    // growth from 40 KB to 320 KB of repeated patterns: 8 is linear, 64 quadratic
    const g = extractionGrowth();
    for (const row of g.rows)
      process.stdout.write(
        `growth ${JSON.stringify(row.pattern).padEnd(48)} 40 KB ${row.ms40.toFixed(0)} ms, 320 KB ${row.ms320.toFixed(0)} ms: ×${row.ratio.toFixed(1)}\n`,
      );
    const linear = g.worst.ratio <= GROWTH_LIMIT;
    process.stdout.write(
      `worst growth: ×${g.worst.ratio.toFixed(1)} from 40 to 320 KB for ${JSON.stringify(g.worst.pattern)} (${g.worst.msPerKbAt320.toFixed(2)} ms/KB at 320 KB): ${linear ? "linear" : "NOT linear"}\n`,
    );
    process.exit(r.crashes.length || !linear ? 1 : 0);
  })
  .catch((e: unknown) => {
    process.stderr.write(`fuzz: ${String(e)}\n`);
    process.exit(1);
  });
