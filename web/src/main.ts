// The explorer: loads the API's graph view, draws it with sigma, and wires search, filters, the
// side panel, questions, neighbourhood expansion, paths, exports and the shareable URL.
import Graph from "graphology";
import Sigma from "sigma";
import { api } from "./api";
import { legendItems, renderLegend } from "./colors";
import { $, el } from "./dom";
import { exportGexf, exportPng } from "./exports";
import { mergePayload, type EdgeAttrs, type NodeAttrs, type ViewGraph } from "./graph-data";
import { LabelPlacer } from "./label-placer";
import { frameView, zoomTo } from "./camera";
import { OffscreenMarkers } from "./offscreen";
import { renderTray } from "./tray";
import { LayoutController } from "./layout";
import { BorderLayer, placeOnMap } from "./map-layout";
import { showEdge, showNode, type PanelActions } from "./panel";
import { setupAsk, setupQuestions } from "./questions";
import { edgeReducer, nodeReducer } from "./reducers";
import { countryName, errorText, lang, nodeTypeLabel, relLabel, switchLanguage, t, translatePage } from "./i18n";
import { setupSearch } from "./search";
import { Timeline } from "./timeline";
import { NODE_TYPES, REL_TYPES, defaultState, initialState, writeHash } from "./view-state";

translatePage();
// on a phone the map comes first; the filters and the legend start folded
if (window.matchMedia("(max-width: 800px)").matches) for (const d of document.querySelectorAll<HTMLDetailsElement>("#filters details")) d.open = false;
const state = initialState();
let graph: ViewGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed" });
const layout = new LayoutController($("layout-toggle") as HTMLButtonElement);
const renderer = new Sigma(graph, $("graph-container"), {
  renderEdgeLabels: false,
  labelFont: '"Noto Sans", "Segoe UI", Roboto, Arial, sans-serif',
  zIndex: true,
  enableEdgeEvents: true,
  defaultEdgeType: "line",
  // nodes and edges keep their size on screen whatever the zoom (zooming in spreads them out)
  zoomToSizeRatioFunction: () => 1,
});
// which labels show is the placer's: the most important first, none overlapping (label-placer.ts)
const labels = new LabelPlacer(renderer);
renderer.setSetting("defaultDrawNodeLabel", labels.draw);
renderer.setSetting("defaultDrawNodeHover", labels.drawHover);
const offscreen = new OffscreenMarkers(renderer, $("graph-container"), (ids) => void zoomTo(renderer, ids));
/** The nodes with no place (drawn in the tray instead of the map), on the map layout. */
let trayIds: string[] = [];
// the map's width follows the side panel (open or closed): redraw at the new size
new ResizeObserver(() => {
  renderer.resize();
  renderer.refresh();
}).observe($("graph-container"));
const borders = new BorderLayer(renderer, $("graph-container"));
void api
  .borders()
  .then((b) => borders.setShapes(b.features))
  .catch(() => undefined); // the map still works without its borders

/**
 * Places the nodes: on the map (no simulation), or by ForceAtlas2 for `ms` milliseconds. With
 * `fit`, the camera frames the view afresh (after a load or a change of layout).
 */
function arrange(ms?: number, fit = false): void {
  borders.visible = state.layout === "map";
  ($("layout-toggle") as HTMLButtonElement).hidden = state.layout === "map";
  $("layout-mode").textContent = state.layout === "map" ? t("layoutForce") : t("layoutMap");
  if (state.layout === "map") {
    layout.kill();
    trayIds = placeOnMap(graph);
  } else {
    trayIds = [];
    graph.forEachNode((id) => graph.setNodeAttribute(id, "inTray", false));
    layout.run(graph, ms);
  }
  renderTray($("tray"), graph, trayIds, (id) => void select(id));
  if (fit) frameView(renderer, graph, state.layout === "map");
  renderer.refresh();
}

// the reducers read the graph sigma draws now, whichever it is (see reducers.ts)
const current = () => renderer.getGraph() as ViewGraph;
renderer.setSetting("nodeReducer", nodeReducer(current, state));
renderer.setSetting("edgeReducer", edgeReducer(current, state));
const refresh = () => {
  renderer.refresh(); // the reducers run again with the state as it is now
  writeHash(state);
};

function updateCounts(truncated: boolean): void {
  const relations = graph.reduceEdges((sum, _e, a) => sum + a.count, 0);
  // the numbers are also attributes, for tests and scripts whatever the language
  const counts = $("counts");
  counts.dataset.nodes = String(graph.order);
  counts.dataset.relations = String(relations);
  counts.textContent = `${graph.order} ${t("nodes")}, ${relations} ${t("relationsShown")} (${graph.size} ${t("links")}) ${t("shown")}${truncated ? " " + t("limited") : ""}`;
}

const timeline = new Timeline($("timeline"), {
  onSpan: (from, to) => {
    state.yearFrom = from ?? "";
    state.yearTo = to ?? "";
    ($("year-from") as HTMLInputElement).value = state.yearFrom;
    ($("year-to") as HTMLInputElement).value = state.yearTo;
    reload();
  },
  onUndated: (shown) => {
    state.undated = shown;
    reload();
  },
});

/** Loads counted: only the answer to the latest filter state is drawn (answers may arrive out of order). */
let loads = 0;

/** Rebuilds the view from the data and the filter state (never patches the previous view). */
async function load(): Promise<void> {
  const mine = ++loads;
  // the timeline counts every event of the view whatever the years (so a span can be brushed back out)
  void api
    .graph({ types: "Event", relTypes: "PARTICIPATED_IN", country: state.country, limit: 20000 })
    .then((all) => mine === loads && timeline.draw(all.nodes, { from: state.yearFrom, to: state.yearTo }, state.undated))
    .catch(() => undefined);
  const payload = await api.graph({
    types: state.types.join(","),
    relTypes: state.relTypes.join(","),
    country: state.country,
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
    undated: state.undated && (state.yearFrom || state.yearTo) ? "true" : undefined,
    around: state.around || undefined,
    hops: state.around ? 2 : undefined,
  });
  if (mine !== loads) return; // a later change is being loaded
  const next: ViewGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed" });
  mergePayload(next, payload, graph);
  graph = next;
  renderer.setGraph(graph);
  refresh();
  updateCounts(payload.truncated);
  arrange(undefined, true);
}

function focusOn(id: string): void {
  // display data are in framed coordinates once sigma has processed the new reducers: next frame
  requestAnimationFrame(() => {
    if (!graph.hasNode(id)) return;
    const pos = renderer.getNodeDisplayData(id);
    if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 500 });
  });
}

let pathFrom: string | null = null;
const actions: PanelActions = {
  select: (id) => void select(id),
  // a correction changed the graph: draw it again and show the corrected node
  changed: async (focus) => {
    await load();
    if (focus) await select(focus);
  },
  expand: async (id) => {
    const payload = await api.graph({ around: id, hops: 1, relTypes: state.relTypes.join(",") });
    const before = graph.order;
    mergePayload(graph, payload);
    refresh();
    updateCounts(false);
    arrange(2500);
    const added = graph.order - before;
    // say what expanding did, also when it added nothing
    $("counts").textContent += ` · ${added ? `${t("expanded")} ${added}` : t("nothingNew")}`;
  },
  pickForPath: async (id) => {
    if (!pathFrom || pathFrom === id) {
      pathFrom = id;
      $("counts").textContent = t("pathPick");
      return;
    }
    const from = pathFrom;
    pathFrom = null;
    const steps = await api.path(from, id).catch(() => []); // [] also when there is none within 8 steps
    if (steps.length === 0) {
      // said on the page, not only in the console
      $("counts").textContent = t("pathNone");
      $("counts").setAttribute("role", "alert");
      return;
    }
    $("counts").removeAttribute("role");
    mergePayload(graph, await api.graph({ around: steps[0]!.id, hops: 1 }));
    state.highlight = new Set(steps.map((s) => s.id));
    refresh();
    $("counts").textContent = `${t("pathFound")}: ${steps.map((s) => s.name).join(" → ")}`;
    await zoomTo(renderer, [...state.highlight]);
  },
};

async function select(id: string): Promise<void> {
  if (!graph.hasNode(id)) {
    mergePayload(graph, await api.graph({ around: id, hops: 1 }));
    updateCounts(false);
    arrange(2000);
  }
  state.selected = id;
  state.highlight = new Set();
  refresh();
  focusOn(id);
  await showNode(id, actions);
}

renderer.on("clickNode", ({ node }) => void select(node));
renderer.on("clickEdge", ({ edge }) => void showEdge(graph, edge, actions));
renderer.on("clickStage", () => {
  state.selected = null;
  state.highlight = new Set();
  $("panel").hidden = true;
  refresh();
});
renderer.on("enterNode", ({ node }) => {
  state.hovered = node;
  refresh();
});
renderer.on("leaveNode", () => {
  state.hovered = null;
  refresh();
});

function checkboxes(box: HTMLElement, all: readonly string[], chosen: string[], onChange: (v: string[]) => void): void {
  box.querySelectorAll("label").forEach((l) => l.remove());
  for (const v of all) {
    const cb = el("input", { type: "checkbox", value: v, name: box.id });
    cb.checked = chosen.includes(v);
    cb.addEventListener("change", () => onChange([...box.querySelectorAll<HTMLInputElement>("input:checked")].map((c) => c.value)));
    box.append(el("label", {}, cb, ` ${box.id === "rel-types" ? relLabel(v) : nodeTypeLabel(v)}`));
  }
}
const reload = () => void load().catch((e: Error) => ($("counts").textContent = `${t("couldNotLoad")}: ${errorText(e)}`));
/** The filter controls drawn from the state (on start, and after a reset). */
function drawFilters(): void {
  checkboxes($("node-types"), NODE_TYPES, state.types, (v) => ((state.types = v), reload()));
  checkboxes($("rel-types"), REL_TYPES, state.relTypes, (v) => ((state.relTypes = v), reload()));
  const countries = $("country") as HTMLSelectElement;
  for (const o of countries.options) if (o.value) o.textContent = countryName(o.value);
  countries.value = state.country;
  ($("year-from") as HTMLInputElement).value = state.yearFrom;
  ($("year-to") as HTMLInputElement).value = state.yearTo;
}
drawFilters();
const country = $("country") as HTMLSelectElement;
country.addEventListener("change", () => ((state.country = country.value), reload()));
for (const [id, key] of [
  ["year-from", "yearFrom"],
  ["year-to", "yearTo"],
] as const) {
  const input = $(id) as HTMLInputElement;
  input.addEventListener("change", () => ((state[key] = input.value), reload()));
}
$("reset").addEventListener("click", () => {
  Object.assign(state, { ...defaultState(), highlight: new Set<string>() });
  $("panel").hidden = true;
  $("results").hidden = true;
  drawFilters();
  reload();
});
// closing the details ends the selection, as a click on the empty map does
$("panel-close").addEventListener("click", () => {
  $("panel").hidden = true;
  state.selected = null;
  refresh();
});
$("language").addEventListener("click", switchLanguage);
$("layout-mode").addEventListener("click", () => {
  state.layout = state.layout === "map" ? "force" : "map";
  writeHash(state);
  arrange(undefined, true);
});
$("export-png").addEventListener("click", () => {
  const size = ($("png-size") as HTMLSelectElement).value;
  const [w, h] = size ? size.split("x").map(Number) : [null, null];
  const filters = [
    `${t("nodeTypes")}: ${state.types.map(nodeTypeLabel).join(", ")}`,
    state.country ? `${t("partnerCountry")}: ${countryName(state.country)}` : "",
    state.yearFrom || state.yearTo ? `${t("years")}: ${state.yearFrom || "…"}–${state.yearTo || "…"}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  void exportPng(renderer, {
    width: w ?? null,
    height: h ?? null,
    title: `${t("title")} — ${new Date().toLocaleDateString(lang === "vi" ? "vi-VN" : "en-GB")}`,
    filters,
    legend: legendItems(),
    drawBorders: state.layout === "map" ? (ctx, r) => borders.drawOn(ctx, r) : null,
  });
});
$("export-gexf").addEventListener("click", () => exportGexf(graph));
$("share").addEventListener("click", () => {
  writeHash(state);
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  $("counts").textContent = t("linkCopied");
});
renderLegend($("legend-list"));
setupSearch((r) => void select(r.id));
/** A question's answer: its nodes highlighted and zoomed to. */
const showAnswer = (ids: Set<string>) => {
  state.highlight = ids;
  refresh();
  requestAnimationFrame(() => void zoomTo(renderer, [...ids]));
};
setupAsk(showAnswer, (id) => void select(id));
void setupQuestions(showAnswer, (id) => void select(id)).catch((e: Error) => ($("question-forms").textContent = errorText(e)));

void load()
  .then(() => (state.selected ? select(state.selected) : undefined))
  .catch((e: Error) => ($("counts").textContent = `${t("couldNotLoad")}: ${errorText(e)}`));

// for the end-to-end test and curious users: the current view's graph
Object.assign(window, {
  kgView: {
    graph: () => graph,
    renderer,
    highlight: () => state.highlight,
    /** The labels drawn now, with their boxes on screen. */
    labels: () => labels.drawn(),
    /** The groups of nodes outside the view, as the edge markers show them. */
    offscreen: () => offscreen.groups(),
    /** What clicking a node does: select it, open its panel. */
    select: (id: string) => select(id),
    /** The nodes listed in the tray (no place on the map). */
    tray: () => [...trayIds],
    /** What "Path from/to here" does on two nodes, one after the other. */
    path: async (from: string, to: string) => {
      await actions.pickForPath(from);
      await actions.pickForPath(to);
    },
  },
});
