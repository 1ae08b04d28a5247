// An article's extracted graph as its Article node keeps it for rebuilds, in a compact form: the
// search keys are computed again from the names, and each evidence sentence from the article's
// text and offsets (evidence is always text.slice(start, end)). Packing then unpacking gives the
// article graph back exactly.
import type { ArticleGraph, GraphNode, GraphRel, NodeLabel, PropValue, RelType } from "../graph-model";
import { searchProps } from "../search-keys";

const DERIVED = ["nameKey", "aliasKeys", "searchText"] as const;

type PackedNode = [id: string, label: NodeLabel, props: Record<string, PropValue>, searchKeys: 0 | 1];
type PackedRel = [type: RelType, from: string, to: string, key: string, props: Record<string, string | null>, evidence: Array<[number, number, string]>];
interface Packed {
  v: 1;
  nodes: PackedNode[];
  rels: PackedRel[];
}

/**
 * Whether a node's search keys are the ones searchProps gives for its name and aliases: true for
 * every node an article graph is built with (src/graph/graph-batch.ts), whose aliases begin with
 * its name; other nodes are kept whole.
 */
function hasDerivedKeys(props: Record<string, PropValue>): boolean {
  return (
    typeof props.name === "string" &&
    props.name !== "" &&
    Array.isArray(props.aliases) &&
    props.aliases[0] === props.name &&
    typeof props.searchText === "string"
  );
}

/** The extracted graph without its Article node, as one string. */
export function packExtracted(ag: ArticleGraph, text: string): string {
  const nodes: PackedNode[] = ag.nodes
    .filter((n) => n.id !== ag.articleId)
    .map((n) => {
      if (!hasDerivedKeys(n.props)) return [n.id, n.label, n.props, 0];
      const props = { ...n.props };
      for (const k of DERIVED) delete props[k];
      return [n.id, n.label, props, 1];
    });
  const rels: PackedRel[] = ag.rels.map((r) => {
    const evidence = r.evidence.map((e): [number, number, string] => [e.start, e.end, e.date]);
    // a sentence that is not the article's own text at its offsets is kept whole (never seen)
    const exact = r.evidence.every((e) => e.article === ag.articleId && text.slice(e.start, e.end) === e.text);
    return exact ? [r.type, r.from, r.to, r.key, r.props, evidence] : ([r.type, r.from, r.to, r.key, r.props, evidence, r.evidence] as unknown as PackedRel);
  });
  const packed: Packed = { v: 1, nodes, rels };
  return JSON.stringify(packed);
}

/** The article graph back from its Article node's properties; null when they hold none. */
export function unpackExtracted(articleId: string, article: GraphNode, packedText: unknown): ArticleGraph | null {
  if (typeof packedText !== "string") return null;
  let packed: Packed;
  try {
    packed = JSON.parse(packedText) as Packed;
  } catch {
    return null;
  }
  if (packed?.v !== 1 || !Array.isArray(packed.nodes) || !Array.isArray(packed.rels)) return null;
  const text = typeof article.props.text === "string" ? article.props.text : "";
  const nodes: GraphNode[] = packed.nodes.map(([id, label, props, keys]) => {
    if (!keys) return { id, label, props };
    const name = String(props.name);
    const aliases = Array.isArray(props.aliases) ? props.aliases : [];
    const derived = searchProps(name, aliases);
    return { id, label, props: { ...props, nameKey: derived.nameKey, aliasKeys: derived.aliasKeys, searchText: derived.searchText } };
  });
  const rels: GraphRel[] = packed.rels.map((row) => {
    const [type, from, to, key, props, evidence] = row;
    const whole = (row as unknown[])[6] as GraphRel["evidence"] | undefined;
    return {
      type,
      from,
      to,
      key,
      props,
      evidence: whole ?? evidence.map(([start, end, date]) => ({ article: articleId, text: text.slice(start, end), start, end, date })),
    };
  });
  return { articleId, nodes: [article, ...nodes], rels };
}
