// Node labels that are never cut at the map's edge: a label that would run past the right edge is
// drawn on the node's left, and one wider than the room on either side is shortened with "…".
// (Which labels show is sigma's grid, the larger node winning, after the reducers have left out
// the labels of events, roles and articles unless they are in focus.)
import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

export function drawLabelInside<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = settings.labelColor.attribute
    ? String((data as Record<string, unknown>)[settings.labelColor.attribute] ?? settings.labelColor.color ?? "#000")
    : (settings.labelColor.color ?? "#000");
  const visible = context.canvas.width / (window.devicePixelRatio || 1);
  // a label wider than the map (or than either side of its node) is shortened with an ellipsis,
  // never cut by the edge; the panel shows the whole name
  const room = Math.max(visible - data.x - data.size - 5, data.x - data.size - 5);
  let label = data.label;
  let width = context.measureText(label).width;
  if (width > room && room > 20) {
    while (label.length > 1 && context.measureText(`${label}…`).width > room) label = label.slice(0, -1);
    label = `${label.trimEnd()}…`;
    width = context.measureText(label).width;
  }
  const right = data.x + data.size + 3;
  const x = right + width > visible - 2 ? Math.max(2, data.x - data.size - 3 - width) : right;
  context.fillText(label, x, data.y + size / 3);
}
