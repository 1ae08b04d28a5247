// The explorer's edges: parallel relationships of one type merged into one weighted edge, and
// nothing lost on the way (counts, documents, sentences).
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { getQuery, prepareParams } from "../../src/graph/queries/catalogue";
import { mergeParallelEdges } from "../../src/graph/queries/graph-view-queries";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

test("merged edges account for every relationship of the view", async () => {
  const store = MemoryStore.open({ file: null, write: false });
  await store.ingest([...sampleGraphs(), ...generatedGraphs(400, 31)]);
  const nodes = await store.run("graph-nodes", prepareParams(getQuery("graph-nodes"), { limit: "400" }));
  const rows = await store.run("graph-edges", prepareParams(getQuery("graph-edges"), { ids: nodes.map((n) => String(n.id)).join(",") }));
  const merged = mergeParallelEdges(rows);
  expect(merged.length).toBeLessThan(rows.length); // busy pairs signed more than once
  expect(merged.reduce((s, e) => s + e.count, 0)).toBe(rows.length);
  expect(merged.reduce((s, e) => s + e.evidenceCount, 0)).toBe(rows.reduce((s, r) => s + Number(r.evidenceCount), 0));
  const keys = merged.map((e) => `${e.source}|${e.target}|${e.type}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const e of merged) {
    const mine = rows.filter((r) => r.source === e.source && r.target === e.target && r.type === e.type);
    expect(mine).toHaveLength(e.count);
    expect(e.documents).toEqual([...new Set(mine.map((r) => r.document).filter((d): d is string => typeof d === "string"))].sort());
  }
  const busiest = merged.reduce((a, b) => (b.count > a.count ? b : a));
  expect(busiest.type).toBe("SIGNED_WITH");
  expect(busiest.count).toBeGreaterThan(1);
});
