// A short fuzzing run in every test run (npm run fuzz runs longer): no input crashes anything.
import { runFuzz } from "../fuzz/fuzz-harness";

it("survives random bytes, invalid UTF-8, deep HTML, huge files, mixed scripts, normal forms and wrong JSON", async () => {
  const r = await runFuzz(8000, 20261123);
  expect(r.crashes).toEqual([]);
  expect(r.inputs).toBeGreaterThan(100);
}, 120_000);
