/* Extraction rules: constructions — declarative patterns over units, run by the one matcher, and what each match yields. */

import type { ExtractedRelationType, PropertyValue } from '../../../ontology/index.js';
import type { RelationContext, RelationDraft, SentenceView } from '../types.js';
import { matchPattern, type Pattern, type PatternMatch } from '../match-pattern.js';
import { sentenceUnits, type Unit } from '../sentence-units.js';
import { relationDraft } from '../relation-draft.js';
import { findDate } from '../find-date.js';
import type { RuleFamily, RuleSpec } from './rule-family.js';
import { isIrrealis } from './modality.js';

/** An end of a yielded relation: a capture's units, or a document fact. */
type End = string | '@home' | '@dateline' | '@bloc';

interface Yield {
  type: ExtractedRelationType;
  from: End;
  to: End;
  /** Every pair inside one capture (MET_WITH among "talks between A, B and C"); `to` is then ignored. */
  pairs?: boolean;
  /** The i-th unit of `from` with the i-th of `to` ("A of Norland, B of Vesta"), instead of every pair. */
  zip?: boolean;
}

/** One construction: a rule whose patterns are data. */
export interface Construction extends RuleSpec {
  patterns: readonly Pattern[];
  yields: readonly Yield[];
  /**
   * A match in a negated, planned, expected, threatened or merely possible clause yields nothing
   * (modality.ts). Default true; false for states ("X is a member of Y" stays a fact under "said").
   */
  realis?: boolean;
  /** Properties read from the match (a date for meetings and visits, a title for offices). */
  properties?: (
    m: PatternMatch,
    units: readonly Unit[],
    view: SentenceView,
    ctx: RelationContext,
  ) => Record<string, PropertyValue | undefined>;
  /** What a pattern cannot say, as a named helper; false drops the match. */
  accept?: (m: PatternMatch, units: readonly Unit[], view: SentenceView, ctx: RelationContext) => boolean;
}

/** A construction's named helper that keeps or drops a match. */
export type Accept = NonNullable<Construction['accept']>;

export const withDate: Construction['properties'] = (_m, _u, view, ctx) => ({
  date: findDate(view.sentence.text, ctx.publishedAt) ?? undefined,
});

const REMOTE = /\b(?:phone|telephone|video|videoconference|virtual|virtually|online|call|calls|letter|wrote|remotely)\b/i;

/** A meeting or visit held in person: no phone, video or virtual cue in the sentence. */
export const inPerson: Accept = (_m, _u, view) => !REMOTE.test(view.sentence.text);

function ends(end: End, m: PatternMatch, ctx: RelationContext): string[] {
  if (end === '@home') return ctx.homeCountry ? [ctx.homeCountry] : [];
  if (end === '@dateline') return ctx.datelineCountry ? [ctx.datelineCountry] : [];
  if (end === '@bloc') return ctx.documentBloc ? [ctx.documentBloc] : [];
  return (m.captures[end] ?? []).map((u) => u.mention!.entityId);
}

/** Runs every construction over every sentence; each draft names the construction's id as its rule. */
function runConstructions(constructions: readonly Construction[], ctx: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  ctx.views.forEach((view, i) => {
    if (view.mentions.length === 0) return;
    const units = ctx.units?.[i] ?? sentenceUnits(view);
    for (const c of constructions) {
      for (const pattern of c.patterns) {
        for (const m of matchPattern(pattern, units)) {
          if (c.realis !== false && isIrrealis(units, m)) continue;
          if (c.accept && !c.accept(m, units, view, ctx)) continue;
          const props = c.properties?.(m, units, view, ctx) ?? {};
          for (const y of c.yields) {
            const from = [...new Set(ends(y.from, m, ctx))];
            if (y.pairs) {
              for (const [k, a] of from.entries())
                for (const b of from.slice(k + 1)) {
                  const d = relationDraft(y.type, a, b, view, c.id, props);
                  if (d) drafts.push(d);
                }
              continue;
            }
            if (y.zip) {
              const to = ends(y.to, m, ctx);
              ends(y.from, m, ctx).forEach((a, k) => {
                const d = to[k] ? relationDraft(y.type, a, to[k], view, c.id, props) : null;
                if (d) drafts.push(d);
              });
              continue;
            }
            for (const a of from)
              for (const b of new Set(ends(y.to, m, ctx))) {
                const d = relationDraft(y.type, a, b, view, c.id, props);
                if (d) drafts.push(d);
              }
          }
        }
      }
    }
  });
  return drafts;
}

/** A family with its constructions added: their specs join its rules, their drafts its drafts. */
export function withConstructions(family: RuleFamily, constructions: readonly Construction[]): RuleFamily {
  return {
    family: family.family,
    rules: [...family.rules, ...constructions.map(({ id, emits, description }) => ({ id, emits, description }))],
    find: (ctx) => [...family.find(ctx), ...runConstructions(constructions, ctx)],
  };
}
