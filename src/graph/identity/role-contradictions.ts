// People whose roles say another country than their own: a role misread onto the wrong person
// (a title that ran over the next name) shows up as a Vietnamese official with a Lao province's
// title, and splits that person from their other mentions. `kg curate suggest` lists them; the
// fix is `kg curate reject` of the role, or a merge with --drop-role.
import type { GraphDump } from "../store";

export interface RoleContradiction {
  person: string;
  personName: string;
  country: string;
  role: string;
  roleName: string;
  org: string;
  orgCountry: string;
}

export function roleContradictions(d: GraphDump): RoleContradiction[] {
  const nodes = new Map(d.nodes.map((n) => [n.id, n]));
  const roleOrg = new Map(d.rels.filter((r) => r.type === "ROLE_AT").map((r) => [r.from, r.to]));
  const out: RoleContradiction[] = [];
  for (const r of d.rels) {
    if (r.type !== "HOLDS_ROLE") continue;
    const person = nodes.get(r.from);
    const orgId = roleOrg.get(r.to);
    const org = orgId ? nodes.get(orgId) : undefined;
    const country = typeof person?.props.country === "string" ? person.props.country : null;
    const orgCountry = typeof org?.props.country === "string" ? org.props.country : null;
    if (!person || !org || !country || !orgCountry || country === orgCountry) continue;
    out.push({
      person: person.id,
      personName: String(person.props.name ?? person.id),
      country,
      role: r.to,
      roleName: String(nodes.get(r.to)?.props.name ?? r.to),
      org: org.id,
      orgCountry,
    });
  }
  return out.sort((a, b) => a.person.localeCompare(b.person) || a.role.localeCompare(b.role));
}
