/* Extraction stage 5i: SIGNED (and PARTY_TO for signing countries) — "X and Y signed …", "signed … by X". */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findAgreementReference } from '../../find-agreement-reference.js';
import { findDate } from '../../find-date.js';

const CUE = /\b(sign(?:ed|s|ing)?|inked|concluded|clinched|struck)\b/gi;
const SIGNERS = ['Person', 'Country'] as const;
/** Lower-case words that may stand between a signer and the verb: "China and the EC have formally signed". */
const GAP_WORDS =
  /^(?:and|the|has|have|had|also|jointly|formally|finally|officially|on|in|last|this|week|month|year|today|yesterday|recently|now|then|already|both|who|which|was|were|is|are|just|earlier|later)$/;

/** People and countries coordinated before the verb: "Mexican President A and Canadian PM B have signed". */
function subjectsBefore(view: SentenceView, at: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let cursor = at;
  const before = view.mentions.filter((m) => (SIGNERS as readonly string[]).includes(m.type) && m.end <= at && m.form !== 'demonym');
  for (const m of before.reverse()) {
    const gap = textBetween(view, m.end, cursor);
    // "the U.S. Gulfport group signed": a country naming another noun is not the signer.
    const modifier =
      out.length === 0 &&
      gap
        .replace(/\([^)]*\)|<[^>]*>|\p{Lu}[\p{L}.'-]*/gu, ' ')
        .split(/[\s,]+/)
        .some((w) => w && !GAP_WORDS.test(w));
    // "…, Pieter Vandamme, signed": an appositive name closed by its comma.
    const appositive = out.length === 0 && /^\s*,\s*$/.test(gap) && /,\s*$/.test(textBetween(view, view.sentence.start, m.start));
    const ok =
      appositive || out.length === 0
        ? appositive || (!modifier && gap.length < 45 && !/[,;]/.test(gap.replace(/^\s*,[^,]*,/, '')))
        : /^\s*(,|and|, and)\s*(?:[A-Z][\w.-]*\s+){0,4}$/.test(gap);
    if (!ok) break;
    if (!out.some((o) => o.entityId === m.entityId)) out.unshift(m);
    cursor = m.start;
  }
  return out;
}

/** "The agreement, signed …": the agreement most mentioned so far, as a mention at the sentence start. */
function mainAgreement(
  views: SentenceView[],
  entities: Map<string, import('../../../../ontology/index.js').ExtractedEntity>,
  view: SentenceView,
  at: number,
): ResolvedMention | undefined {
  const counts = new Map<string, number>();
  for (const v of views.slice(0, view.sentence.index))
    for (const m of v.mentions) if (m.type === 'Agreement') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const e = best ? entities.get(best) : undefined;
  if (!e) return undefined;
  return {
    type: 'Agreement',
    key: e.id,
    name: e.name,
    start: view.sentence.start,
    end: at,
    text: view.sentence.text.slice(0, at - view.sentence.start),
    sentence: view.sentence.index,
    form: 'description',
    entityId: e.id,
  };
}

const DEFINITE = /^\s*(?:the|this|that)\s+(?:agreement|accord|pact|deal|treaty|protocol|memorandum)\b/i;

/** The agreement mentioned last before `at` (this sentence or earlier), as a mention of the words at [start, end). */
function latestAgreement(views: SentenceView[], view: SentenceView, start: number, end: number): ResolvedMention | undefined {
  for (let i = view.sentence.index; i >= 0; i--) {
    const found = views[i]!.mentions.filter((m) => m.type === 'Agreement' && m.end <= start).pop();
    if (found)
      return {
        ...found,
        start,
        end,
        text: view.sentence.text.slice(start - view.sentence.start, end - view.sentence.start),
        sentence: view.sentence.index,
        form: 'description',
      };
  }
  return undefined;
}

function findSignings({ views, entities, docId, publishedAt, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    // "a two billion euro accord signed in Lisbon last month with Italian businessman X": X signed it.
    for (const g of view.mentions.filter((m) => m.type === 'Agreement')) {
      const w = /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had been|has been)\s+)?signed\b[^.;,]{0,40}?\bwith\s+/.exec(
        textBetween(view, g.end, view.sentence.end),
      );
      if (!w) continue;
      const from = g.end + w[0].length;
      const partner = view.mentions.find(
        (m) =>
          (m.type === 'Person' || (m.type === 'Country' && m.form !== 'demonym')) &&
          m.start >= from &&
          m.start - from <= 40 &&
          !/[,;]/.test(textBetween(view, from, m.start)),
      );
      if (!partner) continue;
      const d = relationDraft('SIGNED', partner.entityId, g.entityId, view, 'signing.signed-with-passive');
      if (d) drafts.push(d);
    }
    for (const cue of view.sentence.text.matchAll(CUE)) {
      const at = view.sentence.start + cue.index;
      const end = at + cue[0].length;
      const anaphor = /^(?:The|This|That) (?:agreement|pact|deal|accord|treaty),\s*$/.test(textBetween(view, view.sentence.start, at));
      // "… signed the accord": the agreement the document named last, up to this sentence.
      const definite = DEFINITE.exec(textBetween(view, end, view.sentence.end));
      const agreement = anaphor
        ? mainAgreement(views, entities, view, at)
        : (findAgreementReference(view, end, entities, docId) ??
          (definite ? latestAgreement(views, view, end, end + definite[0].length) : undefined));
      if (!agreement) continue;
      const between = anaphor ? '' : textBetween(view, end, agreement.start);
      if (/[.;]/.test(between) || between.length > 60) continue;
      let signers = subjectsBefore(view, at);
      if (signers.length && NEGATION.test(textBetween(view, signers[signers.length - 1]!.end, at))) continue;
      const tail = textBetween(view, agreement.end, view.sentence.end);
      const withWho = /^[^.;]{0,40}?\bwith\s+/.exec(tail);
      if (withWho) {
        // "A signed a deal with B": the counterpart signed too (a person, or a country by name).
        const partner = view.mentions.find(
          (m) =>
            (m.type === 'Person' || (m.type === 'Country' && m.form !== 'demonym')) &&
            m.start >= agreement.end + withWho[0].length &&
            m.start <= agreement.end + withWho[0].length + 30 &&
            !/[,;]/.test(textBetween(view, agreement.end + withWho[0].length, m.start)),
        );
        if (partner && !signers.some((x) => x.entityId === partner.entityId)) signers = [...signers, partner];
      }
      // Passive: "signed last December by the leaders of A, B and C".
      const by = /^\s*(?:[\w\s]{0,30}?)\bby\s+/.exec(textBetween(view, end, view.sentence.end));
      if (by && signers.length === 0)
        signers = view.mentions.filter(
          (m) =>
            (SIGNERS as readonly string[]).includes(m.type) && m.form !== 'demonym' && m.start > end && m.start < end + by[0].length + 80,
        );
      const date = findDate(view.sentence.text, publishedAt) ?? undefined;
      for (const s of signers) {
        const d = relationDraft('SIGNED', s.entityId, agreement.entityId, view, 'signing.subject-verb-agreement', { date });
        if (d) drafts.push(d);
        if (s.type === 'Country') {
          const p = relationDraft('PARTY_TO', s.entityId, agreement.entityId, view, 'signing.signing-country-party');
          if (p) drafts.push(p);
        }
        // A person signing for a country makes the country a party (not a signer).
        const country = s.type === 'Person' ? officeCountry.get(s.entityId) : undefined;
        if (country) {
          const p = relationDraft('PARTY_TO', country, agreement.entityId, view, 'signing.signer-country-party');
          if (p) drafts.push(p);
        }
      }
      const e = entities.get(agreement.entityId);
      // "Signed in 2018, the …": only a date right after the verb is the signing date.
      const signedOn = findDate(textBetween(view, at, Math.min(view.sentence.end, end + 30)), publishedAt);
      if (e && signedOn && !e.properties.signedOn && /^\s*(in|on)\b/i.test(textBetween(view, end, end + 4)))
        e.properties.signedOn = signedOn;
    }
  }
  return drafts;
}

export const signingRules = defineFamily({ family: 'signing', rules: ruleSpecs(specs), find: findSignings });
