// The cooperation matrix as analysts read it: one row per Vietnamese province, one column per
// partner province (grouped by country: Laos, Cambodia, China, then others), each cell saying how
// many signings and working visits the two had; headers in Vietnamese. JSON keeps the list of pairs.
import { z } from "zod";
import { getCountry } from "../../reference/gazetteer";
import type { Row } from "../store";

const MatrixRow = z.object({ vnProvince: z.string(), foreignProvince: z.string(), foreignCountry: z.string(), signings: z.number(), visits: z.number() });

export const MATRIX_CORNER = "Tỉnh Việt Nam";
const COUNTRY_ORDER = ["LA", "KH", "CN"];

/** The pairs' rows as a grid: its column headers (the corner first) and one row per Vietnamese province. */
export function matrixGrid(rows: readonly Row[]): { columns: string[]; rows: Row[] } {
  const pairs = z.array(MatrixRow).parse(rows);
  const heading = (p: z.infer<typeof MatrixRow>) => `${p.foreignProvince} (${getCountry(p.foreignCountry)?.name ?? p.foreignCountry})`;
  const rank = (code: string) => (COUNTRY_ORDER.includes(code) ? COUNTRY_ORDER.indexOf(code) : COUNTRY_ORDER.length);
  const partners = [...new Map(pairs.map((p) => [heading(p), p])).values()].sort(
    (a, b) =>
      rank(a.foreignCountry) - rank(b.foreignCountry) ||
      a.foreignCountry.localeCompare(b.foreignCountry) ||
      a.foreignProvince.localeCompare(b.foreignProvince, "vi"),
  );
  const columns = [MATRIX_CORNER, ...partners.map(heading)];
  const byProvince = new Map<string, Row>();
  for (const p of pairs) {
    const row = byProvince.get(p.vnProvince) ?? { [MATRIX_CORNER]: p.vnProvince };
    const said = [p.signings ? `${p.signings} ký kết` : "", p.visits ? `${p.visits} lần làm việc` : ""].filter(Boolean).join(", ");
    row[heading(p)] = said;
    byProvince.set(p.vnProvince, row);
  }
  const grid = [...byProvince.values()].sort((a, b) => String(a[MATRIX_CORNER]).localeCompare(String(b[MATRIX_CORNER]), "vi"));
  return { columns, rows: grid.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))) };
}
