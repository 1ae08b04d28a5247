// A short fuzzing run in every test run (npm run fuzz runs longer): no input crashes anything.
import { extractionGrowth, runFuzz } from "../fuzz/fuzz-harness";

it("survives random bytes, invalid UTF-8, deep HTML, huge files, mixed scripts, normal forms and wrong JSON", async () => {
  const r = await runFuzz(8000, 20261123);
  expect(r.crashes).toEqual([]);
  expect(r.inputs).toBeGreaterThan(100);
}, 120_000);

it("extraction grows linearly with the text on the patterns that once made it quadratic", () => {
  // 8× the text: linear work takes about 8× the time, quadratic 64× (the old "4/" took 70 s at 320 KB)
  const g = extractionGrowth();
  expect(g.worst.ratio).toBeLessThan(24);
}, 300_000);
