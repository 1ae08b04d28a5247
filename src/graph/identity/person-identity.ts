// One person, one node, across articles. Before an article is written:
// - a person whose name another stored person spells differently (same variant key) is that
//   person when the evidence agrees: the same known country and a shared role or organisation;
//   the new spelling becomes an alias;
// - a person whose id is already taken by someone of another known country is someone else:
//   `person:<key>~<country>`.
// Runs in ingest order; a rebuild runs it again over every article, from an empty graph.
import type { ArticleGraph } from "../graph-model";
import type { PersonRecord } from "../store";

interface Known {
  id: string;
  /** The folded spellings the person is known by (alias keys). */
  keys: Set<string>;
  country: string | null;
  roles: Set<string>;
  orgs: Set<string>;
}

export type PersonLookup = (variantKeys: readonly string[]) => Promise<PersonRecord[]>;

export class PersonIdentity {
  private readonly byKey = new Map<string, Known[]>();
  private readonly byId = new Map<string, Known>();
  private readonly asked = new Set<string>();

  constructor(private readonly lookup: PersonLookup) {}

  private remember(vk: string, k: Known): void {
    const have = this.byId.get(k.id);
    if (have) {
      have.country ??= k.country;
      for (const x of k.keys) have.keys.add(x);
      for (const r of k.roles) have.roles.add(r);
      for (const o of k.orgs) have.orgs.add(o);
      return;
    }
    this.byId.set(k.id, k);
    this.byKey.set(vk, [...(this.byKey.get(vk) ?? []), k]);
  }

  /** The batch with its people's ids resolved against the people known so far. */
  async resolve(batch: readonly ArticleGraph[]): Promise<ArticleGraph[]> {
    const keys = new Set<string>();
    for (const ag of batch) for (const n of ag.nodes) if (n.label === "Person" && typeof n.props.variantKey === "string") keys.add(n.props.variantKey);
    const missing = [...keys].filter((k) => !this.asked.has(k));
    if (missing.length) {
      for (const p of await this.lookup(missing)) {
        this.remember(p.variantKey, { id: p.id, keys: new Set(p.aliasKeys), country: p.country, roles: new Set(p.roles), orgs: new Set(p.orgs) });
      }
      for (const k of missing) this.asked.add(k);
    }
    return batch.map((ag) => this.resolveArticle(ag));
  }

  private resolveArticle(ag: ArticleGraph): ArticleGraph {
    const rename = new Map<string, string>();
    for (const n of ag.nodes) {
      if (n.label !== "Person" || typeof n.props.variantKey !== "string") continue;
      const vk = n.props.variantKey;
      const country = typeof n.props.country === "string" ? n.props.country : null;
      const roles = new Set(ag.rels.filter((r) => r.type === "HOLDS_ROLE" && r.from === n.id).map((r) => r.to));
      // the organisations of those roles, as the article's ROLE_AT relationships say
      const orgs = new Set(ag.rels.filter((r) => r.type === "ROLE_AT" && roles.has(r.from)).map((r) => r.to));
      const keys = new Set(Array.isArray(n.props.aliasKeys) ? n.props.aliasKeys : []);
      const nameKey = typeof n.props.nameKey === "string" ? n.props.nameKey : "";
      let id = n.id;
      const same = this.byId.get(id);
      if (same && same.country && country && same.country !== country) {
        // the name is taken by someone of another country
        id = `${n.id}~${country.toLowerCase()}`;
      } else if (!same) {
        const candidates = this.byKey.get(vk) ?? [];
        // the very spelling someone is already known by (an alias from a join): one name, one
        // person, unless their countries differ
        const named = candidates.find((k) => k.keys.has(nameKey) && !(k.country && country && k.country !== country));
        // another spelling: only with agreeing evidence, the same known country and a shared role or organisation
        const match =
          named ??
          candidates.find(
            (k) =>
              k.id !== id && k.country !== null && k.country === country && ([...roles].some((r) => k.roles.has(r)) || [...orgs].some((o) => k.orgs.has(o))),
          );
        if (match) id = match.id;
      }
      if (id !== n.id) rename.set(n.id, id);
      this.remember(vk, { id, keys, country, roles, orgs });
    }
    if (!rename.size) return ag;
    const to = (id: string) => rename.get(id) ?? id;
    const seen = new Set<string>();
    const nodes = ag.nodes.flatMap((n) => {
      const id = to(n.id);
      if (seen.has(id)) return [];
      seen.add(id);
      return [id === n.id ? n : { ...n, id, props: { ...n.props, id } }];
    });
    return { articleId: ag.articleId, nodes, rels: ag.rels.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })) };
  }
}
