// Where the camera looks: the first view of the map fits where most nodes are (a few far-away
// ones, such as central bodies in Beijing, do not shrink the rest to a corner; the markers at the
// map's edge lead to them), and answers (a path, a question's rows) are zoomed to.
import { getCameraStateToFitViewportToNodes } from "@sigma/utils";
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs, ViewGraph } from "./graph-data";

type Extent = { x: [number, number]; y: [number, number] };

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;

/** The span of the values that are not far out: within twice the interquartile range of the middle half. */
function mainSpan(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const reach = 2 * Math.max(q3 - q1, 10);
  const kept = sorted.filter((v) => v >= q1 - reach && v <= q3 + reach);
  const lo = kept[0]!;
  const hi = kept[kept.length - 1]!;
  const span = Math.max(hi - lo, 20);
  const mid = (lo + hi) / 2;
  return [mid - span * 0.54, mid + span * 0.54];
}

/** The box holding the drawn nodes but the far-out few (central bodies in Beijing), with a margin. */
export function mainExtent(graph: ViewGraph): Extent | null {
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_id, a) => {
    if (a.inTray) return;
    xs.push(a.x);
    ys.push(a.y);
  });
  if (xs.length === 0) return null;
  return { x: mainSpan(xs), y: mainSpan(ys) };
}

/** The map's frame: the main extent on the map layout, the whole graph on the force layout. */
export function frameView(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ViewGraph, onMap: boolean): void {
  renderer.setCustomBBox(onMap ? mainExtent(graph) : null);
  renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}

/** Zooms to these nodes (a path, a question's answer, a far-away group), with a margin around them. */
export async function zoomTo(renderer: Sigma<NodeAttrs, EdgeAttrs>, ids: readonly string[], duration = 500): Promise<void> {
  const graph = renderer.getGraph();
  const shown = ids.filter((id) => graph.hasNode(id) && renderer.getNodeDisplayData(id) && !renderer.getNodeDisplayData(id)!.hidden);
  if (!shown.length) return;
  const state = getCameraStateToFitViewportToNodes(renderer as unknown as Sigma, shown);
  // one node, or a tight group: close, but still with its surroundings
  const ratio = Math.min(1.6, Math.max(0.08, state.ratio * 1.35));
  await renderer.getCamera().animate({ ...state, ratio }, { duration });
}
