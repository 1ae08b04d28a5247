// The graph as graphology JSON, GEXF (opens in Gephi) and GraphML. Lists (aliases, evidence) are
// written as JSON strings, since GEXF and GraphML attributes are scalars; the relationship type is
// "relType" ("type" is reserved in GEXF).
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { GraphDump } from "../store";

type Attrs = Record<string, string | number | boolean>;

const flat = (o: Record<string, unknown>): Attrs =>
  Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, Array.isArray(v) || (typeof v === "object" && v !== null) ? JSON.stringify(v) : (v as string | number | boolean)]),
  );

export function toGraphology(dump: GraphDump, flatten: boolean): Graph {
  const g = new Graph({ multi: true, type: "directed" });
  for (const n of dump.nodes) g.addNode(n.id, flatten ? flat({ ...n.props, label: n.label }) : { ...n.props, label: n.label });
  dump.rels.forEach((r, i) =>
    g.addDirectedEdgeWithKey(`e${i}`, r.from, r.to, flatten ? flat({ ...r.props, relType: r.type }) : { ...r.props, relType: r.type }),
  );
  return g;
}

export function toJson(dump: GraphDump): string {
  return JSON.stringify(toGraphology(dump, false).export(), null, 1);
}

export function toGexf(dump: GraphDump): string {
  const g = toGraphology(dump, true);
  return writeGexf(g, {
    formatNode: (_key, a) => ({ label: String(a.name ?? a.id), attributes: a }),
    formatEdge: (_key, a) => ({ attributes: a }),
  });
}

const xmlEsc = (s: string) =>
  s
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export function toGraphml(dump: GraphDump): string {
  const g = toGraphology(dump, true);
  const keys = new Map<string, { for: "node" | "edge"; type: string }>();
  const typeOf = (v: unknown) => (typeof v === "number" ? (Number.isInteger(v) ? "long" : "double") : typeof v === "boolean" ? "boolean" : "string");
  g.forEachNode((_n, a) =>
    Object.entries(a).forEach(([k, v]) => keys.set(`node:${k}`, { for: "node", type: keys.get(`node:${k}`)?.type === "string" ? "string" : typeOf(v) })),
  );
  g.forEachEdge((_e, a) =>
    Object.entries(a).forEach(([k, v]) => keys.set(`edge:${k}`, { for: "edge", type: keys.get(`edge:${k}`)?.type === "string" ? "string" : typeOf(v) })),
  );
  const keyId = (scope: string, k: string) => `${scope === "node" ? "n" : "e"}_${k}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys].map(([full, k]) => {
      const name = full.slice(full.indexOf(":") + 1);
      return `  <key id="${xmlEsc(keyId(k.for, name))}" for="${k.for}" attr.name="${xmlEsc(name)}" attr.type="${k.type}"/>`;
    }),
    '  <graph id="kg" edgedefault="directed">',
  ];
  const data = (scope: string, a: Attrs) =>
    Object.entries(a)
      .map(([k, v]) => `<data key="${xmlEsc(keyId(scope, k))}">${xmlEsc(String(v))}</data>`)
      .join("");
  g.forEachNode((n, a) => lines.push(`    <node id="${xmlEsc(n)}">${data("node", a as Attrs)}</node>`));
  g.forEachEdge((e, a, s, t) => lines.push(`    <edge id="${xmlEsc(e)}" source="${xmlEsc(s)}" target="${xmlEsc(t)}">${data("edge", a as Attrs)}</edge>`));
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}
