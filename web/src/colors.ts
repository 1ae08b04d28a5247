// Colours by node type, and the legend that explains them.
import { lang, nodeTypeLabel } from "./i18n";
export const TYPE_COLORS: Record<string, string> = {
  Province: "#2f6db5",
  Organization: "#c0392b",
  Person: "#2e8b57",
  Event: "#d4a017",
  Country: "#6c3483",
  Role: "#7f8c8d",
  Article: "#95a5a6",
};
export const COUNTRY_TINT: Record<string, string> = { VN: "#c0392b", LA: "#1f77b4", KH: "#17becf", CN: "#8c564b" };

export function colorOf(label: string, country: string | null): string {
  if ((label === "Organization" || label === "Province") && country && COUNTRY_TINT[country]) {
    return label === "Organization" ? COUNTRY_TINT[country]! : shade(COUNTRY_TINT[country]!);
  }
  return TYPE_COLORS[label] ?? "#999";
}

function shade(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.45);
  return `#${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => mix(c).toString(16).padStart(2, "0")).join("")}`;
}

export function legendItems(): Array<[string, string]> {
  const vi = lang === "vi";
  const items: Array<[string, string]> = [
    [vi ? "Cơ quan, Việt Nam" : "Organisation, Viet Nam", COUNTRY_TINT.VN!],
    [vi ? "Cơ quan, Lào" : "Organisation, Laos", COUNTRY_TINT.LA!],
    [vi ? "Cơ quan, Campuchia" : "Organisation, Cambodia", COUNTRY_TINT.KH!],
    [vi ? "Cơ quan, Trung Quốc" : "Organisation, China", COUNTRY_TINT.CN!],
    [vi ? "Tỉnh (màu nhạt hơn của nước mình)" : "Province (lighter: same country)", shade(COUNTRY_TINT.VN!)],
    [nodeTypeLabel("Person"), TYPE_COLORS.Person!],
    [nodeTypeLabel("Event"), TYPE_COLORS.Event!],
    [nodeTypeLabel("Country"), TYPE_COLORS.Country!],
    [`${nodeTypeLabel("Role")} / ${nodeTypeLabel("Article")}`, TYPE_COLORS.Role!],
  ];
  return items;
}

export function renderLegend(list: HTMLElement): void {
  const items = legendItems();
  list.replaceChildren(
    ...items.map(([name, color]) => {
      const li = document.createElement("li");
      const dot = document.createElement("span");
      dot.style.background = color;
      li.append(dot, name);
      return li;
    }),
  );
}
