// Markers at the map's edge for the nodes outside the view: which way they are and how many
// ("↗ 6"); the tooltip names them, a click zooms to show them.
import type Sigma from "sigma";
import { el } from "./dom";
import type { EdgeAttrs, NodeAttrs } from "./graph-data";
import { t } from "./i18n";

const ARROWS = ["→", "↘", "↓", "↙", "←", "↖", "↑", "↗"];

export class OffscreenMarkers {
  private readonly layer: HTMLElement;
  private pending = false;
  enabled = true;

  constructor(
    private readonly renderer: Sigma<NodeAttrs, EdgeAttrs>,
    container: HTMLElement,
    private readonly onPick: (ids: string[]) => void,
  ) {
    this.layer = el("div", { class: "offscreen-markers", "aria-label": t("offscreenTitle") });
    container.append(this.layer);
    renderer.on("afterRender", () => {
      if (this.pending) return;
      this.pending = true;
      requestAnimationFrame(() => {
        this.pending = false;
        this.update();
      });
    });
  }

  /** The groups of nodes outside the view, by direction from its middle (for tests and scripts). */
  groups(): Array<{ arrow: string; dir: number; ids: string[] }> {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    const byDir = new Map<number, string[]>();
    if (!this.enabled) return [];
    r.getGraph().forEachNode((id) => {
      const d = r.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      const v = r.framedGraphToViewport(d);
      if (v.x >= 0 && v.x <= width && v.y >= 0 && v.y <= height) return;
      const angle = Math.atan2(v.y - height / 2, v.x - width / 2);
      const dir = ((Math.round(angle / (Math.PI / 4)) % 8) + 8) % 8;
      byDir.set(dir, [...(byDir.get(dir) ?? []), id]);
    });
    return [...byDir].sort((a, b) => a[0] - b[0]).map(([dir, ids]) => ({ arrow: ARROWS[dir]!, ids, dir }));
  }

  private update(): void {
    const { width, height } = this.renderer.getDimensions();
    const graph = this.renderer.getGraph();
    const markers = this.groups().map(({ arrow, dir, ids }) => {
      const angle = dir * (Math.PI / 4);
      // on the edge, in the marker's direction from the middle
      const k = Math.min(Math.abs(width / 2 / (Math.cos(angle) || 1e-9)), Math.abs(height / 2 / (Math.sin(angle) || 1e-9)));
      const x = Math.min(width - 28, Math.max(28, width / 2 + Math.cos(angle) * k));
      const y = Math.min(height - 16, Math.max(16, height / 2 + Math.sin(angle) * k));
      const names = ids.slice(0, 8).map((id) => graph.getNodeAttribute(id, "label"));
      const b = el(
        "button",
        {
          type: "button",
          class: "offscreen-marker",
          style: `left:${Math.round(x)}px;top:${Math.round(y)}px`,
          title: `${ids.length} ${t("offscreenNodes")}: ${names.join(", ")}${ids.length > names.length ? ", …" : ""}`,
          "data-count": String(ids.length),
        },
        `${arrow} ${ids.length}`,
      );
      b.addEventListener("click", () => this.onPick(ids));
      return b;
    });
    this.layer.replaceChildren(...markers);
  }
}
