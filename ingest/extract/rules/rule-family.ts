/* Extraction rules: what a catalogue entry declares — its id, what it may emit, its examples. */

import type { ExtractedRelationType } from '../../../ontology/index.js';
import type { RelationContext, RelationDraft } from '../types.js';

/** One named rule. Its id is `<family>.<name>` and appears on every relation it produces. */
export interface RuleSpec {
  id: string;
  /** Relation types this rule may emit; checked against the ontology when the catalogue loads. */
  emits: readonly ExtractedRelationType[];
  /** What the rule reads, in one line (shown by `extract --explain` and the scoreboard). */
  description: string;
}

/** A family of rules sharing one pass over the document (e.g. every tariff rule). */
export interface RuleFamily {
  family: string;
  rules: readonly RuleSpec[];
  /** Returns the drafts the family's rules found; every draft names one of `rules` as its rule. */
  find(ctx: RelationContext): RelationDraft[];
}

/**
 * A family's rules as declared in its `rules.json` (id, emits, description): data, read as specs. What they
 * emit is checked against the ontology when the catalogue loads (catalogue.ts), so the types are taken as given here.
 */
export function ruleSpecs(json: readonly { id: string; emits: readonly string[]; description: string }[]): readonly RuleSpec[] {
  return json.map((r) => ({ id: r.id, emits: r.emits as readonly ExtractedRelationType[], description: r.description }));
}

export function defineFamily(family: RuleFamily): RuleFamily {
  return family;
}

/**
 * A family's examples, by rule id (`<family>/examples.ts`): short texts run through the whole
 * extractor as table tests — each `match` must yield a relation credited to the rule, each
 * `noMatch` must not.
 */
export type RuleExamples = Readonly<Record<string, { match: readonly string[]; noMatch: readonly string[] }>>;
