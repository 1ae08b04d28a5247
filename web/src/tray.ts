// The tray beside the map: the nodes of the view that have no place to be drawn beside (no
// province, no country), listed by name instead of being put somewhere on the map.
import { el } from "./dom";
import type { ViewGraph } from "./graph-data";
import { nodeTypeLabel, t } from "./i18n";

export function renderTray(box: HTMLElement, graph: ViewGraph, ids: readonly string[], onPick: (id: string) => void): void {
  box.hidden = ids.length === 0;
  if (!ids.length) return box.replaceChildren();
  const list = el("ul");
  for (const id of [...ids].sort((a, b) => graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label"), "vi"))) {
    const a = graph.getNodeAttributes(id);
    const pick = el("button", { type: "button", "data-id": id, title: nodeTypeLabel(a.kind) }, el("span", { class: "dot", style: `background:${a.color}` }), a.label);
    pick.addEventListener("click", () => onPick(id));
    list.append(el("li", {}, pick));
  }
  const details = el("details", {}, el("summary", {}, `${t("trayTitle")} (${ids.length})`), el("p", { class: "tray-note" }, t("trayNote")), list);
  box.replaceChildren(details);
}
