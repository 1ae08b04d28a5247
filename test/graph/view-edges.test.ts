// The explorer's edges (graph-edges): parallel relationships of one type merged into one weighted
// edge, and nothing lost on the way: every relationship among the nodes is counted once, with its
// document and its sentences.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { cmp } from "../../src/graph/memory/graph-view";
import { getQuery, prepareParams } from "../../src/graph/queries/catalogue";
import { ViewEdgeSchema } from "../../src/graph/queries/graph-view-queries";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

test("merged edges account for every relationship among the view's nodes", async () => {
  const store = MemoryStore.open({ file: null, write: false });
  await store.ingest([...sampleGraphs(), ...generatedGraphs(400, 31)]);
  const nodes = await store.run("graph-nodes", prepareParams(getQuery("graph-nodes"), { limit: "400" }));
  const ids = new Set(nodes.map((n) => String(n.id)));
  const rows = (await store.run("graph-edges", prepareParams(getQuery("graph-edges"), { ids: [...ids].join(",") }))).map((r) => ViewEdgeSchema.parse(r));
  // the same relationships, read straight from the graph
  const raw = new Map<string, { count: number; docs: Set<string>; evidence: number }>();
  store.graph.forEachEdge((_k, a, s, t) => {
    if (!ids.has(s) || !ids.has(t)) return;
    const k = `${s}|${t}|${a.type}`;
    const x = raw.get(k) ?? { count: 0, docs: new Set<string>(), evidence: 0 };
    x.count++;
    x.evidence += a.evidenceText.length;
    if (typeof a.document === "string") x.docs.add(a.document);
    raw.set(k, x);
  });
  expect(rows).toHaveLength(raw.size);
  for (const r of rows) {
    const x = raw.get(`${r.source}|${r.target}|${r.type}`)!;
    expect({ count: r.count, documents: r.documents, evidenceCount: r.evidenceCount }).toEqual({
      count: x.count,
      documents: [...x.docs].sort(cmp),
      evidenceCount: x.evidence,
    });
  }
  const busiest = rows.reduce((a, b) => (b.count > a.count ? b : a));
  expect(busiest).toMatchObject({ type: "SIGNED_WITH" });
  expect(busiest.count).toBeGreaterThan(1);
  expect(rows.some((r) => r.documents.length > 1)).toBe(true);
});
