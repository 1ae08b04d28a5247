// Labels that never overlap: in each frame the labels are placed greedily, the most important
// first (the selected, hovered or highlighted nodes, then places, countries, organisations,
// people, by size), and a label that would overlap one already placed is left out until the user
// zooms in. Each label is on its node's right, or on its left when the right edge is near, and is
// shortened with "…" when it is wider than the room on either side (the panel shows the whole name).
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { EdgeAttrs, NodeAttrs } from "./graph-data";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { key?: string };
interface Placed {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const KIND_RANK: Record<string, number> = { Province: 0, Country: 1, Organization: 2, Person: 3, Event: 4, Role: 5, Article: 6 };
/** Room kept around each label, in pixels. */
const GAP = 2;

export class LabelPlacer {
  private frame = 0;
  private placedFrame = -1;
  private placed = new Map<string, Placed>();
  private readonly measure = document.createElement("canvas").getContext("2d")!;

  constructor(private readonly renderer: Sigma<NodeAttrs, EdgeAttrs>) {
    renderer.on("beforeRender", () => this.frame++);
  }

  /** The labels drawn in the latest frame, with their boxes in viewport pixels (for tests and scripts). */
  drawn(): Array<{ id: string } & Placed> {
    return [...this.placed].map(([id, p]) => ({ id, ...p }));
  }

  /** sigma's defaultDrawNodeLabel: called for every node with a label, after the frame's positions are known. */
  readonly draw = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeAttrs, EdgeAttrs>): void => {
    if (this.placedFrame !== this.frame) this.place(settings);
    const p = data.key === undefined ? undefined : this.placed.get(data.key);
    if (!p) return;
    context.font = this.font(settings);
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.fillText(p.text, p.x, p.y + p.h * 0.8);
  };

  /** sigma's defaultDrawNodeHover (hovered and highlighted nodes): a halo, and the label on white where the placer put it. */
  readonly drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeAttrs, EdgeAttrs>): void => {
    if (this.placedFrame !== this.frame) this.place(settings);
    context.save();
    context.fillStyle = "#ffffff";
    context.shadowBlur = 6;
    context.shadowColor = "rgba(0, 0, 0, 0.35)";
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    const p = data.key === undefined ? undefined : this.placed.get(data.key);
    if (p) context.fillRect(p.x - 2, p.y, p.w + 4, p.h);
    context.restore();
    if (p) this.draw(context, data, settings);
  };

  private font(settings: Settings<NodeAttrs, EdgeAttrs>): string {
    return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  }

  private place(settings: Settings<NodeAttrs, EdgeAttrs>): void {
    this.placedFrame = this.frame;
    this.placed = new Map();
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    this.measure.font = this.font(settings);
    const h = settings.labelSize * 1.25;
    const candidates: Array<{ id: string; d: NodeDisplayData; x: number; y: number; size: number }> = [];
    r.getGraph().forEachNode((id) => {
      const d = r.getNodeDisplayData(id);
      if (!d || d.hidden || !d.label || !d.forceLabel) return;
      const v = r.framedGraphToViewport(d);
      if (v.x < 0 || v.y < 0 || v.x > width || v.y > height) return;
      candidates.push({ id, d, x: v.x, y: v.y, size: r.scaleSize(d.size) });
    });
    const kind = (id: string) => KIND_RANK[r.getGraph().getNodeAttribute(id, "kind")] ?? 9;
    candidates.sort(
      (a, b) =>
        Number(b.d.highlighted) - Number(a.d.highlighted) ||
        (b.d.zIndex ?? 0) - (a.d.zIndex ?? 0) ||
        kind(a.id) - kind(b.id) ||
        b.size - a.size ||
        (a.id < b.id ? -1 : 1),
    );
    // a grid of 64-pixel cells holds the placed boxes, so that each test looks at its neighbours only
    const cells = new Map<string, Placed[]>();
    const cellsOf = (b: Placed) => {
      const out: string[] = [];
      for (let cx = Math.floor(b.x / 64); cx <= Math.floor((b.x + b.w) / 64); cx++)
        for (let cy = Math.floor(b.y / 64); cy <= Math.floor((b.y + b.h) / 64); cy++) out.push(`${cx},${cy}`);
      return out;
    };
    const overlaps = (b: Placed) =>
      cellsOf(b).some((c) =>
        (cells.get(c) ?? []).some((o) => b.x < o.x + o.w + GAP && o.x < b.x + b.w + GAP && b.y < o.y + o.h + GAP && o.y < b.y + b.h + GAP),
      );
    for (const c of candidates) {
      const box = this.box(c.d.label!, c.x, c.y, c.size, width, h);
      if (overlaps(box)) continue;
      this.placed.set(c.id, box);
      for (const cell of cellsOf(box)) cells.set(cell, [...(cells.get(cell) ?? []), box]);
    }
  }

  private box(label: string, x: number, y: number, size: number, visible: number, h: number): Placed {
    const room = Math.max(visible - x - size - 5, x - size - 5);
    let text = label;
    let w = this.measure.measureText(text).width;
    if (w > room && room > 20) {
      while (text.length > 1 && this.measure.measureText(`${text}…`).width > room) text = text.slice(0, -1);
      text = `${text.trimEnd()}…`;
      w = this.measure.measureText(text).width;
    }
    const right = x + size + 3;
    const left = right + w > visible - 2 ? Math.max(2, x - size - 3 - w) : right;
    return { text, x: left, y: y - h / 2, w, h };
  }
}
