// Collects entities and relations for one article, merging duplicates and their evidence.
import type { Entity, Evidence, Relation, RelationType } from "../graph/model";
import type { Sentence } from "./text/sentences";
import { containing, lowerBound } from "./text/spans";

export class FactSheet {
  private readonly entities = new Map<string, Entity>();
  private readonly relations = new Map<string, Relation>();

  constructor(private readonly sentences: readonly Sentence[]) {}

  /** The sentence that contains an offset, as evidence. */
  evidenceAt(offset: number): Evidence[] {
    const s = containing(this.sentences, offset) ?? this.sentences[lowerBound(this.sentences, offset)];
    return s ? [{ text: s.text, start: s.start, end: s.end }] : [];
  }

  entity(e: Entity): string {
    const had = this.entities.get(e.id);
    if (!had) this.entities.set(e.id, e);
    else had.properties = { ...e.properties, ...had.properties };
    return e.id;
  }

  has(id: string): boolean {
    return this.entities.has(id);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Adds a relation once per (type, from, to, identity); evidence accumulates. */
  relate(type: RelationType, from: string, to: string, properties: Record<string, unknown>, evidence: Evidence[], identity = ""): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}|${identity}`;
    const had = this.relations.get(key);
    if (!had) {
      this.relations.set(key, { type, from, to, properties, evidence: [...evidence] });
      return;
    }
    for (const ev of evidence) if (!had.evidence.some((x) => x.start === ev.start && x.end === ev.end)) had.evidence.push(ev);
    for (const [k, v] of Object.entries(properties)) if (had.properties[k] == null && v != null) had.properties[k] = v;
  }

  list(): { entities: Entity[]; relations: Relation[] } {
    return { entities: [...this.entities.values()], relations: [...this.relations.values()] };
  }
}
