import { MemoryStore } from "../src/graph/memory/memory-store";
async function main() {
  const s = MemoryStore.open({ file: "/tmp/idc/graph.json", write: false });
  const d = await s.dump();
  const kinds = new Map<string, number>();
  for (const n of d.nodes) if (n.label === "Organization") kinds.set(String(n.props.kind), (kinds.get(String(n.props.kind)) ?? 0) + 1);
  console.log(kinds);
  const titles = new Map<string, number>();
  for (const n of d.nodes) if (n.label === "Role") titles.set(String(n.props.title), (titles.get(String(n.props.title)) ?? 0) + 1);
  console.log([...titles].sort((a, b) => b[1] - a[1]).slice(0, 40));
  const r = d.nodes.filter((n) => n.label === "Role").slice(0, 3); console.log(r);
  const h = d.rels.filter((x) => x.type === "HOLDS_ROLE").slice(0, 2); console.log(JSON.stringify(h, null, 1).slice(0, 1500));
  console.log(d.nodes.filter((n) => n.label === "Organization").slice(0, 4));
}
main();
