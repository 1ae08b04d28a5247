// The graph as graphology JSON, GEXF (opens in Gephi and networkx) and GraphML, written as a
// stream of chunks: the route sends them as they come, nothing holds the whole file. Lists
// (aliases, evidence) are written as JSON strings, since GEXF and GraphML attributes are scalars;
// the relationship type is "relType" ("type" is reserved in GEXF) and its identity "relKey"
// ("key" is an argument of networkx's add_edge).
import Graph from "graphology";
import type { GraphDump } from "../store";

type Scalar = string | number | boolean;
type Attrs = Record<string, Scalar>;

const flat = (o: Record<string, unknown>): Attrs =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, Array.isArray(v) || typeof v === "object" ? JSON.stringify(v) : (v as Scalar)]),
  );

const nodeAttrs = (n: GraphDump["nodes"][number], flatten: boolean) => (flatten ? flat({ ...n.props, label: n.label }) : { ...n.props, label: n.label });
function edgeAttrs(r: GraphDump["rels"][number], flatten: boolean): Record<string, unknown> {
  const { key, ...rest } = r.props;
  const a = { ...rest, relType: r.type, relKey: key ?? "" };
  return flatten ? flat(a) : a;
}

export function toGraphology(dump: GraphDump, flatten: boolean): Graph {
  const g = new Graph({ multi: true, type: "directed" });
  for (const n of dump.nodes) g.addNode(n.id, nodeAttrs(n, flatten));
  dump.rels.forEach((r, i) => g.addDirectedEdgeWithKey(`e${i}`, r.from, r.to, edgeAttrs(r, flatten)));
  return g;
}

/** graphology's serialisation format (Graph#import reads it), one node or edge per line. */
export function* jsonChunks(dump: GraphDump): Generator<string> {
  yield `{"options":{"type":"directed","multi":true,"allowSelfLoops":true},"attributes":{},"nodes":[\n`;
  let first = true;
  for (const n of dump.nodes) {
    yield `${first ? "" : ",\n"}${JSON.stringify({ key: n.id, attributes: nodeAttrs(n, false) })}`;
    first = false;
  }
  yield `\n],"edges":[\n`;
  first = true;
  let i = 0;
  for (const r of dump.rels) {
    yield `${first ? "" : ",\n"}${JSON.stringify({ key: `e${i++}`, source: r.from, target: r.to, attributes: edgeAttrs(r, false) })}`;
    first = false;
  }
  yield "\n]}\n";
}

const xmlEsc = (s: string) =>
  s
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    // inside an attribute a parser turns raw line breaks and tabs into spaces: write them as references
    .replace(/[\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every attribute name of nodes and of edges, with one type each (string when values disagree). */
function attributeTypes(dump: GraphDump): { node: Map<string, string>; edge: Map<string, string> } {
  const typeOf = (v: Scalar) => (typeof v === "number" ? (Number.isInteger(v) ? "long" : "double") : typeof v === "boolean" ? "boolean" : "string");
  const add = (m: Map<string, string>, a: Attrs) => {
    for (const [k, v] of Object.entries(a)) {
      const t = typeOf(v);
      const had = m.get(k);
      m.set(k, had && had !== t ? "string" : t);
    }
  };
  const node = new Map<string, string>(),
    edge = new Map<string, string>();
  for (const n of dump.nodes) add(node, nodeAttrs(n, true) as Attrs);
  for (const r of dump.rels) add(edge, edgeAttrs(r, true) as Attrs);
  return { node, edge };
}

export function* graphmlChunks(dump: GraphDump): Generator<string> {
  const types = attributeTypes(dump);
  const keyId = (scope: "node" | "edge", k: string) => `${scope === "node" ? "n" : "e"}_${k}`;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const scope of ["node", "edge"] as const)
    for (const [k, t] of types[scope]) yield `  <key id="${xmlEsc(keyId(scope, k))}" for="${scope}" attr.name="${xmlEsc(k)}" attr.type="${t}"/>\n`;
  yield '  <graph id="kg" edgedefault="directed">\n';
  const data = (scope: "node" | "edge", a: Attrs) =>
    Object.entries(a)
      .map(([k, v]) => `<data key="${xmlEsc(keyId(scope, k))}">${xmlEsc(String(v))}</data>`)
      .join("");
  for (const n of dump.nodes) yield `    <node id="${xmlEsc(n.id)}">${data("node", nodeAttrs(n, true) as Attrs)}</node>\n`;
  let i = 0;
  for (const r of dump.rels)
    yield `    <edge id="e${i++}" source="${xmlEsc(r.from)}" target="${xmlEsc(r.to)}">${data("edge", edgeAttrs(r, true) as Attrs)}</edge>\n`;
  yield "  </graph>\n</graphml>\n";
}

/** GEXF 1.3, read by Gephi, graphology and networkx (read_gexf). */
export function* gexfChunks(dump: GraphDump): Generator<string> {
  const types = attributeTypes(dump);
  const gexfType = (t: string) => (t === "long" ? "long" : t === "double" ? "double" : t === "boolean" ? "boolean" : "string");
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  for (const scope of ["node", "edge"] as const) {
    yield `    <attributes class="${scope}">\n`;
    let k = 0;
    for (const [name, t] of types[scope]) {
      const id = String(k++);
      ids[scope].set(name, id);
      yield `      <attribute id="${id}" title="${xmlEsc(name)}" type="${gexfType(t)}"/>\n`;
    }
    yield "    </attributes>\n";
  }
  const values = (scope: "node" | "edge", a: Attrs) =>
    `<attvalues>${Object.entries(a)
      .map(([k, v]) => `<attvalue for="${ids[scope].get(k)}" value="${xmlEsc(String(v))}"/>`)
      .join("")}</attvalues>`;
  yield "    <nodes>\n";
  for (const n of dump.nodes) {
    const a = nodeAttrs(n, true) as Attrs;
    yield `      <node id="${xmlEsc(n.id)}" label="${xmlEsc(String(a.name ?? n.id))}">${values("node", a)}</node>\n`;
  }
  yield "    </nodes>\n    <edges>\n";
  let i = 0;
  for (const r of dump.rels)
    yield `      <edge id="e${i++}" source="${xmlEsc(r.from)}" target="${xmlEsc(r.to)}">${values("edge", edgeAttrs(r, true) as Attrs)}</edge>\n`;
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

const joined = (chunks: Iterable<string>) => [...chunks].join("");
export const toJson = (dump: GraphDump) => joined(jsonChunks(dump));
export const toGraphml = (dump: GraphDump) => joined(graphmlChunks(dump));
export const toGexf = (dump: GraphDump) => joined(gexfChunks(dump));
