// ForceAtlas2 in a web worker, started after each load, stopped after a while or by the user.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { ViewGraph } from "./graph-data";
import { t } from "./i18n";

export class LayoutController {
  private layout: FA2Layout | null = null;
  private timer: number | undefined;

  constructor(private readonly button: HTMLButtonElement) {
    button.addEventListener("click", () => (this.running ? this.stop() : this.layout?.start()) && this.render());
    this.render();
  }

  get running(): boolean {
    return !!this.layout?.isRunning();
  }

  run(graph: ViewGraph, ms = 4000): void {
    this.kill();
    if (graph.order === 0) return;
    this.layout = new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, slowDown: 5 } });
    this.layout.start();
    this.timer = window.setTimeout(() => this.stop(), ms);
    this.render();
  }

  stop(): boolean {
    this.layout?.stop();
    window.clearTimeout(this.timer);
    this.render();
    return true;
  }

  kill(): void {
    this.stop();
    this.layout?.kill();
    this.layout = null;
  }

  private render(): void {
    setTimeout(() => (this.button.textContent = this.running ? t("pauseLayout") : t("runLayout")), 0);
  }
}
