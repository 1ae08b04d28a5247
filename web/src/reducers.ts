// Highlight and selection reach sigma through reducers; the graph keeps domain data only. The
// reducers read the graph sigma is drawing now (never one captured earlier): after a filter
// change the view's graph is replaced, and a reducer holding the old one would look up edges it
// does not have.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttrs, NodeAttrs, ViewGraph } from "./graph-data";
import type { ViewState } from "./view-state";

const QUIET_KINDS = new Set(["Event", "Role", "Article"]);

export function nodeReducer(current: () => ViewGraph, state: ViewState) {
  return (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const graph = current();
    const focus = state.hovered ?? state.selected;
    // on the map a node with no place is in the tray, not drawn
    if (data.inTray && state.layout === "map") return { ...data, hidden: true };
    // every label is offered to the placer, which draws those that fit (label-placer.ts)
    const res: Partial<NodeDisplayData> = { ...data, forceLabel: true };
    if (state.highlight.size) {
      if (state.highlight.has(node)) return { ...res, highlighted: true, zIndex: 2, forceLabel: true };
      return { ...res, color: "#e4e0d6", label: "" };
    }
    if (focus && graph.hasNode(focus)) {
      if (node === focus) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
      if (graph.areNeighbors(node, focus)) return { ...res, forceLabel: true, zIndex: 1 };
      return { ...res, color: "#e4e0d6", label: "" };
    }
    // decluttered by importance: places, organisations, people and countries are named on the map;
    // events, roles and articles (long names, many of them) when hovered, selected or next to that
    if (QUIET_KINDS.has(data.kind)) return { ...res, label: "" };
    return res;
  };
}

export function edgeReducer(current: () => ViewGraph, state: ViewState) {
  return (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const graph = current();
    if (!graph.hasEdge(edge)) return { ...data, hidden: true };
    const [s, t] = graph.extremities(edge);
    if (state.layout === "map" && (graph.getNodeAttribute(s, "inTray") || graph.getNodeAttribute(t, "inTray"))) return { ...data, hidden: true };
    const focus = state.hovered ?? state.selected;
    if (state.highlight.size) return state.highlight.has(s) && state.highlight.has(t) ? { ...data, size: data.size + 1.5 } : { ...data, hidden: true };
    if (focus && graph.hasNode(focus)) return s === focus || t === focus ? { ...data, size: data.size + 1 } : { ...data, hidden: true };
    return { ...data };
  };
}
