/* Extraction rules: the runner — computes document facts once, runs every family, keeps what the catalogue allows. */

import { RELATION_SPECS, type ExtractedEntity } from '../../../ontology/index.js';
import type { RelationContext, RelationDraft, SentenceView } from '../types.js';
import { CATALOGUE, OFFICE_FAMILY, RELATION_FAMILIES } from './catalogue.js';
import { mergeProductForms } from '../merge-product-forms.js';
import { datelineCountry, homeCountry } from '../document-facts.js';
import { sentenceUnits } from '../sentence-units.js';

export interface RuleRun {
  drafts: RelationDraft[];
  /** Drafts the catalogue refused (undeclared rule, type the rule may not emit, endpoints the ontology forbids). */
  refused: { draft: RelationDraft; reason: string }[];
}

/** Why a draft breaks the catalogue or the ontology, or null when it may be kept. */
export function refusalReason(d: RelationDraft, entities: Map<string, ExtractedEntity>): string | null {
  const rule = CATALOGUE.get(d.rule);
  if (!rule) return `rule ${d.rule} is not in the catalogue`;
  if (!rule.emits.includes(d.type)) return `rule ${d.rule} may not emit ${d.type}`;
  const source = entities.get(d.source);
  const target = entities.get(d.target);
  if (!source || !target) return `an end of ${d.type} is not an entity of the document`;
  const spec = RELATION_SPECS[d.type];
  if (!spec.from.includes(source.type) || !spec.to.includes(target.type)) return `${d.type} may not join ${source.type} → ${target.type}`;
  return null;
}

/** Person id → the country they hold office in, read from the office rules' drafts. */
function officeCountries(offices: RelationDraft[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of offices)
    if (d.type === 'HOLDS_OFFICE' && d.target.startsWith('country:') && !out.has(d.source)) out.set(d.source, d.target);
  return out;
}

export function runRules(base: {
  docId: string;
  views: SentenceView[];
  entities: Map<string, ExtractedEntity>;
  publishedAt: string | null;
}): RuleRun {
  const facts = {
    datelineCountry: datelineCountry(base.views),
    homeCountry: homeCountry(base.views),
    units: base.views.map(sentenceUnits),
  };
  const offices = OFFICE_FAMILY.find({ ...base, ...facts, officeCountry: new Map() });
  const ctx: RelationContext = { ...base, ...facts, officeCountry: officeCountries(offices) };
  const all = [...offices, ...RELATION_FAMILIES.flatMap((family) => family.find(ctx))];
  mergeProductForms(ctx.entities, all, ctx.views);
  const run: RuleRun = { drafts: [], refused: [] };
  for (const draft of all) {
    const reason = refusalReason(draft, ctx.entities);
    if (reason) run.refused.push({ draft, reason });
    else run.drafts.push(draft);
  }
  return run;
}
