// The embedded store's data file: JSON Lines (a header, then one line per node and per edge),
// written to a temporary file, flushed to disk and renamed over the old one, so that a crash
// leaves either the old file or the new one. Streamed both ways: a 100k-article graph is larger
// than the longest string V8 can hold.
import { closeSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { InvalidArgumentsError } from "../errors";
import type { EdgeAttrs, KgGraph, NodeAttrs } from "./graph-view";

export const FORMAT = "kg-embedded-store/2";

/** The lines of the data file, a header first. */
function* graphLines(graph: KgGraph): Generator<string> {
  yield JSON.stringify({ format: FORMAT, nodes: graph.order, edges: graph.size }) + "\n";
  for (const { node, attributes } of graph.nodeEntries()) yield JSON.stringify({ n: node, a: attributes }) + "\n";
  for (const { edge, attributes, source, target } of graph.edgeEntries()) yield JSON.stringify({ e: edge, s: source, t: target, a: attributes }) + "\n";
}

/** The lines in chunks of about a megabyte (one write each). */
function* chunks(lines: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const line of lines) {
    buf.push(line);
    size += line.length;
    if (size > 1 << 20) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield buf.join("");
}

/**
 * Writes the graph whole or not at all: to a temporary file in megabyte chunks, flushed, then
 * renamed over `file`. `between` runs after each chunk: a rebuild lets the event loop go there, so
 * that a large graph does not stop the server from answering (the graph must not change
 * meanwhile: a rebuild writes one nobody else sees yet). Without it nothing awaits, and the
 * write runs at once.
 */
export async function saveGraph(file: string, graph: KgGraph, between: (() => Promise<void>) | null = null): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    for (const chunk of chunks(graphLines(graph))) {
      writeSync(fd, chunk);
      if (between) await between();
    }
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, file);
}

export function* readLines(file: string): Generator<string> {
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.alloc(4 << 20);
    let rest = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let data = Buffer.concat([rest, chunk.subarray(0, n)]);
      let nl: number;
      while ((nl = data.indexOf(10)) >= 0) {
        yield data.subarray(0, nl).toString("utf8");
        data = data.subarray(nl + 1);
      }
      rest = Buffer.from(data);
    }
    if (rest.length) yield rest.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

export function loadGraph(file: string, graph: KgGraph): void {
  const bad = (why: string) => new InvalidArgumentsError(`load the embedded store ${file}: ${why}; restore it or move it away to start empty`);
  type Header = { format?: string; nodes?: number; edges?: number };
  let header: Header | null = null as Header | null;
  let lineNo = 0;
  for (const line of readLines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: { format?: string; n?: string; a?: NodeAttrs | EdgeAttrs; e?: string; s?: string; t?: string };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      throw bad(`line ${lineNo} is not valid JSON`);
    }
    if (!header) {
      if (rec.format !== FORMAT) throw bad(`expected a ${FORMAT} file`);
      header = rec as unknown as Header;
      continue;
    }
    if (rec.n !== undefined) graph.addNode(rec.n, rec.a as NodeAttrs);
    else if (rec.e !== undefined && rec.s !== undefined && rec.t !== undefined) graph.addDirectedEdgeWithKey(rec.e, rec.s, rec.t, rec.a as EdgeAttrs);
    else throw bad(`line ${lineNo} is neither a node nor an edge`);
  }
  const h = header;
  if (!h) throw bad("the file is empty");
  if (graph.order !== h.nodes || graph.size !== h.edges)
    throw bad(`it holds ${graph.order} nodes and ${graph.size} edges, its header says ${h.nodes} and ${h.edges} (truncated?)`);
}
