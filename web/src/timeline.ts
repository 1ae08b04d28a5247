// The timeline under the map: the events of the view by year (months in each bar's tooltip), a
// span brushed with the mouse (or keys) filters the map; events without a year are counted and
// can be shown on the map. "Years" means the event's year here as in the filters, questions and
// reports.
import { el } from "./dom";
import { t } from "./i18n";

export interface TimelineEvent {
  date: string | null;
}

export interface TimelineHandlers {
  /** A span was brushed (null, null: cleared). */
  onSpan(from: string | null, to: string | null): void;
  onUndated(shown: boolean): void;
}

const yearOf = (d: string | null) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);

export class Timeline {
  private years: number[] = [];
  private dragFrom: number | null = null;

  constructor(
    private readonly box: HTMLElement,
    private readonly on: TimelineHandlers,
  ) {}

  draw(events: readonly TimelineEvent[], span: { from: string; to: string }, undatedShown: boolean): void {
    const byYear = new Map<number, number[]>(); // year → counts by month (index 0: month unknown)
    let undated = 0;
    for (const e of events) {
      const y = yearOf(e.date);
      if (y === null) {
        undated++;
        continue;
      }
      const months = byYear.get(y) ?? new Array<number>(13).fill(0);
      const m = e.date && /^\d{4}-(\d{2})/.exec(e.date);
      months[m ? Number(m[1]) : 0]! += 1;
      byYear.set(y, months);
    }
    const known = [...byYear.keys()];
    const from = Number(span.from) || null;
    const to = Number(span.to) || null;
    if (!known.length) {
      this.box.replaceChildren(el("p", { class: "timeline-empty" }, `${t("timelineNoYears")} ${undated} ${t("timelineUndatedCount")}.`));
      return;
    }
    const lo = Math.min(...known),
      hi = Math.max(...known);
    this.years = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    const max = Math.max(1, ...[...byYear.values()].map((m) => m.reduce((a, b) => a + b, 0)));
    const bars = el("div", { class: "timeline-bars", role: "group", "aria-label": t("timelineGroup") });
    for (const y of this.years) {
      const months = byYear.get(y) ?? new Array<number>(13).fill(0);
      const n = months.reduce((a, b) => a + b, 0);
      const detail = months
        .map((c, i) => (c && i ? `${t("timelineMonth")} ${i}: ${c}` : c ? `${t("timelineMonthUnknown")}: ${c}` : ""))
        .filter(Boolean)
        .join(", ");
      const inSpan = (from === null || y >= from) && (to === null || y <= to) && (from !== null || to !== null);
      const bar = el(
        "button",
        {
          type: "button",
          class: `timeline-year${inSpan ? " in-span" : ""}`,
          "data-year": String(y),
          title: `${y}: ${n} ${t("timelineEvents")}${detail ? ` (${detail})` : ""}`,
        },
        el("span", { class: "timeline-bar", style: `height:${Math.round((n / max) * 100)}%` }),
        el("span", { class: "timeline-label" }, String(y)),
      );
      bar.addEventListener("mousedown", (ev) => {
        ev.preventDefault();
        this.dragFrom = y;
      });
      bar.addEventListener("mouseup", () => {
        const a = this.dragFrom ?? y;
        this.dragFrom = null;
        this.on.onSpan(String(Math.min(a, y)), String(Math.max(a, y)));
      });
      bars.append(bar);
    }
    const clear = el("button", { type: "button", class: "timeline-clear" }, t("allYears"));
    clear.addEventListener("click", () => this.on.onSpan(null, null));
    const shown = el("input", { type: "checkbox", id: "timeline-undated" });
    shown.checked = undatedShown;
    shown.addEventListener("change", () => this.on.onUndated(shown.checked));
    this.box.replaceChildren(
      bars,
      el(
        "div",
        { class: "timeline-side" },
        clear,
        el("label", { title: t("timelineUndatedTitle") }, shown, ` ${undated} ${t("timelineUndatedShow")}`),
      ),
    );
  }
}
