// The search box: suggestions as the user types ("son la", "Luang Prabang"), keyboard or click.
import { api, type SearchResult } from "./api";
import { $, el } from "./dom";
import { countryName, nodeTypeLabel } from "./i18n";

export function setupSearch(onPick: (r: SearchResult) => void): void {
  const input = $("search") as HTMLInputElement;
  const list = $("suggestions") as HTMLUListElement;
  let results: SearchResult[] = [];
  let active = -1;
  let seq = 0;
  const render = () => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = el(
          "li",
          { role: "option", "aria-selected": String(i === active), "data-id": r.id },
          r.name,
          el("small", {}, `${nodeTypeLabel(r.label)}${r.country ? " · " + countryName(r.country) : ""}`),
        );
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          pick(r);
        });
        return li;
      }),
    );
    list.hidden = results.length === 0;
  };
  const pick = (r: SearchResult) => {
    input.value = r.name;
    results = [];
    render();
    onPick(r);
  };
  let timer: number | undefined;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      results = [];
      render();
      return;
    }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      const found = await api.search(q).catch(() => []);
      if (mine !== seq) return;
      results = found;
      active = found.length ? 0 : -1;
      render();
    }, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = Math.max(0, Math.min(results.length - 1, active + (e.key === "ArrowDown" ? 1 : -1)));
      render();
    } else if (e.key === "Enter" && results[active]) {
      e.preventDefault();
      pick(results[active]!);
    } else if (e.key === "Escape") {
      results = [];
      render();
    }
  });
  input.addEventListener("blur", () => setTimeout(() => ((results = []), render()), 150));
}
