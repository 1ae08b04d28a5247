// The fast traversals (two-sided search for `path`, ring-by-ring with an early stop for
// `neighbourhood`) must give exactly the answers of the plain definitions their Cypher states:
// every shortest path, smallest key first; every node within N hops, nearest first.
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { cmp, GraphView } from "../../src/graph/memory/graph-view";
import { getQuery, prepareParams } from "../../src/graph/queries/catalogue";
import { TRAVERSED } from "../../src/graph/queries/traversal";
import { generatedGraphs, sampleGraphs } from "../helpers/corpus";

function neighbours(store: MemoryStore, id: string): Array<{ other: string; type: string }> {
  const out: Array<{ other: string; type: string }> = [];
  store.graph.forEachEdge(id, (_k, a, s, t) => {
    if (TRAVERSED.has(a.type)) out.push({ other: s === id ? t : s, type: a.type });
  });
  return out;
}

/** Every shortest path (up to 8 hops) by exhaustive search; the smallest Cypher key wins. */
function referencePath(store: MemoryStore, from: string, to: string): Array<{ id: string; via: string | null }> | "too many" {
  const dist = new Map([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= 8 && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const { other } of neighbours(store, id))
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
    frontier = next;
  }
  if (!dist.has(from)) return [];
  const keys: Array<{ key: string; nodes: string[]; vias: string[] }> = [];
  const walk = (id: string, nodes: string[], vias: string[], key: string): void => {
    if (keys.length > 20_000) return;
    if (id === to) return void keys.push({ key: key + to, nodes, vias });
    for (const { other, type } of neighbours(store, id))
      if (dist.get(other) === dist.get(id)! - 1) walk(other, [...nodes, other], [...vias, type], `${key}${id}|${type}|`);
  };
  walk(from, [from], [], "");
  if (keys.length > 20_000) return "too many";
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const best = keys[0]!;
  return best.nodes.map((id, i) => ({ id, via: best.vias[i] ?? null }));
}

/** Pseudo-random but fixed choices, so that a failure can be replayed. */
function picker(seed: number) {
  let x = seed;
  return <T>(list: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return list[x % list.length]!;
  };
}

describe("path and neighbourhood agree with their plain definitions", () => {
  let store: MemoryStore;
  let ids: string[];
  beforeAll(async () => {
    store = MemoryStore.open({ file: null, write: false, cacheAnswers: false });
    await store.ingest([...sampleGraphs(), ...generatedGraphs(300, 11)]);
    ids = store.graph.nodes().filter((id) => new GraphView(store.graph).node(id)?.label !== "Article");
  });

  test("path: 150 pairs of entities, the same steps as exhaustive search", async () => {
    const pick = picker(7);
    let compared = 0,
      connected = 0;
    for (let i = 0; i < 150; i++) {
      const from = pick(ids),
        to = pick(ids);
      if (from === to) continue;
      const expected = referencePath(store, from, to);
      if (expected === "too many") continue;
      const rows = await store.run("path", prepareParams(getQuery("path"), { from, to }));
      expect(rows.map((r) => ({ id: r.id, via: r.via }))).toEqual(expected);
      compared++;
      if (expected.length) connected++;
    }
    expect(compared).toBeGreaterThan(100);
    expect(connected).toBeGreaterThan(50);
  });

  test("path takes names as analysts type them: a province in any spelling, another entity by its name, the same path as by ids", async () => {
    const view = new GraphView(store.graph);
    const byIds = await store.run("path", prepareParams(getQuery("path"), { from: "province:vn-dien-bien", to: "province:la-luang-prabang" }));
    expect(byIds.length).toBeGreaterThan(1);
    for (const [from, to] of [
      ["Điện Biên", "Luang Prabang"],
      ["dien bien", "Luông Pha Băng"],
    ])
      expect(await store.run("path", prepareParams(getQuery("path"), { from, to }))).toEqual(byIds);
    const org = byIds.find((r) => r.label === "Organization")!;
    const byName = await store.run("path", prepareParams(getQuery("path"), { from: String(view.node(String(org.id))!.name), to: "Luang Prabang" }));
    expect(byName[0]!.id).toBe(org.id);
    expect(await store.run("path", prepareParams(getQuery("path"), { from: "nobody at all", to: "Sơn La" }))).toEqual([]);
  });

  test("neighbourhood: the early stop never changes the first `limit` rows", async () => {
    const pick = picker(3);
    const view = new GraphView(store.graph);
    let longest = 0;
    for (let i = 0; i < 40; i++) {
      const id = pick(ids);
      const hops = 1 + (i % 3);
      // every node within `hops`, by a plain breadth-first search, in the query's order
      const dist = new Map([[id, 0]]);
      for (let d = 1; d <= hops; d++)
        for (const [n, at] of [...dist]) if (at === d - 1) for (const { other } of neighbours(store, n)) if (!dist.has(other)) dist.set(other, d);
      const all = [...dist]
        .filter(([n]) => n !== id)
        .map(([n, distance]) => ({ id: n, label: view.node(n)!.label, name: view.node(n)!.name, distance }))
        .sort((a, b) => a.distance - b.distance || cmp(a.label, b.label) || cmp(a.name, b.name) || cmp(a.id, b.id));
      longest = Math.max(longest, all.length);
      for (const limit of [1, 7, 60, 250, 5000]) {
        const rows = await store.run("neighbourhood", prepareParams(getQuery("neighbourhood"), { id, hops: String(hops), limit: String(limit) }));
        expect(rows).toEqual(all.slice(0, limit));
      }
    }
    expect(longest).toBeGreaterThan(250);
  });
});
