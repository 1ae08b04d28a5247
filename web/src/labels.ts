// Node labels that are never cut at the map's right edge: a label that would run past it is drawn
// on the node's left. (Which labels show is sigma's grid: the larger node, the better connected, wins.)
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
  const width = context.measureText(data.label).width;
  const visible = context.canvas.width / (window.devicePixelRatio || 1);
  const right = data.x + data.size + 3;
  const x = right + width > visible - 2 ? Math.max(2, data.x - data.size - 3 - width) : right;
  context.fillText(data.label, x, data.y + size / 3);
}
