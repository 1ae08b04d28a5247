// graph-homes: the place each node of the explorer's map is drawn around (see the Cypher file).
import { z } from "zod";
import type { RelType } from "../graph-model";
import { cmp, type GraphView } from "../memory/graph-view";
import { listOf } from "./graph-view-queries";
import { defineQuery } from "./query-def";

type Path = ReadonlyArray<[RelType, "out" | "in"]>;
type Step = { paths: Path[]; place: "Province" | "Country" };

/** The organisations a node belongs to, in the Cypher's order: a role's, a person's roles', the delegations a person led, an event's hosts, its other sides. */
const TO_ORGANISATIONS: Path[] = [
  [["ROLE_AT", "out"]],
  [
    ["HOLDS_ROLE", "out"],
    ["ROLE_AT", "out"],
  ],
  [["LED_DELEGATION", "out"]],
  [["HOSTED", "in"]],
  [["PARTICIPATED_IN", "in"]],
];

/** Where to look, in order: the first step that reaches a place gives the home (its smallest id). */
const STEPS: Step[] = (["Province", "Country"] as const).flatMap((place) => {
  const link: RelType = place === "Province" ? "BASED_IN" : "IN_COUNTRY";
  const own: Step = { paths: [[[link, "out"]], [["HELD_IN", "out"]]], place };
  return [own, ...TO_ORGANISATIONS.map((path): Step => ({ paths: [[...path, [link, "out"]]], place }))];
});

function reach(g: GraphView, from: string, path: Path): string[] {
  let at = [from];
  for (const [type, dir] of path) at = at.flatMap((id) => (dir === "out" ? g.out(id, type).map((e) => e.target) : g.in(id, type).map((e) => e.source)));
  return at;
}

export const graphHomesQuery = defineQuery({
  name: "graph-homes",
  title: "Which place is each node of the map drawn around?",
  file: "queries/graph-homes.cypher",
  params: z.object({ ids: listOf(z.string().min(1)) }),
  row: z.object({ id: z.string(), home: z.string().nullable() }),
  prepare: (p) => ({ ids: p.ids }),
  embedded: (g, c) => {
    const rows: Array<{ id: string; home: string | null }> = [];
    for (const id of [...new Set(c.ids as string[])].sort(cmp)) {
      const n = g.node(id);
      if (!n) continue;
      let home: string | null = n.label === "Province" || n.label === "Country" ? id : null;
      for (const step of STEPS) {
        if (home) break;
        const found = step.paths.flatMap((path) => reach(g, id, path).filter((p) => g.node(p)?.label === step.place)).sort(cmp);
        home = found[0] ?? null;
      }
      if (!home && typeof n.country === "string" && n.label !== "Article") home = `country:${n.country}`;
      rows.push({ id, home });
    }
    return rows;
  },
});
