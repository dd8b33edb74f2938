/* Extraction stage 5p: PARTY_TO from how the text makes countries parties to a deal —
   "A and B reached/revised their <agreement>", "A's deal with B", "Under the pact, A will …". */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';

/** Done verbs that take a deal as their object ("reached", "revised and extended"). */
const AGREEING =
  /\b(?:agreed(?:\s+(?:on|to))?|reached|concluded|struck|clinched|sealed|signed|inked|initial(?:l)?ed|finali[sz]ed|revised|extended|renewed|ratified)\s+(?:(?:and|or)\s+\w+\s+)?(?:(?:a|an|the|their|its|this)\s+)?(?:new\s+|revised\s+|landmark\s+|historic\s+|formal\s+)?$/i;
/** What may stand between the last subject and the verb: "have", "formally", "last week". */
const SUBJECT_GAP = /^\s*(?:(?:have|has|had|also|jointly|formally|finally|officially|now|already|both|just|recently)\s+)*$/i;

/** Countries coordinated right before `at`: "Chile and Peru", "A, B and C". */
function countriesBefore(view: SentenceView, at: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let cursor = at;
  const before = view.mentions.filter((m) => m.end <= at && m.type !== 'Agreement').reverse();
  for (const m of before) {
    const gap = textBetween(view, m.end, cursor);
    const ok = out.length === 0 ? SUBJECT_GAP.test(gap) : /^\s*(?:,|and|, and)\s+(?:the\s+)?$/i.test(gap);
    if (!ok || m.type !== 'Country' || m.form === 'demonym') break;
    if (!out.some((o) => o.entityId === m.entityId)) out.unshift(m);
    cursor = m.start;
  }
  // "the U.S. Gulfport group reached …": a country naming another noun is no subject.
  const first = out[0];
  if (first && /\b(?:of|in|for|to|with|from|by)\s+(?:the\s+)?$/i.test(textBetween(view, view.sentence.start, first.start))) return [];
  return out;
}

/** Countries named right after `from` as the counterpart: "with Japan", "with the United States". */
function counterpart(view: SentenceView, from: number): ResolvedMention | undefined {
  const w = /^\s*with\s+(?:the\s+)?/i.exec(textBetween(view, from, view.sentence.end));
  if (!w) return undefined;
  const at = from + w[0].length;
  return view.mentions.find((m) => m.type === 'Country' && m.form !== 'demonym' && m.start === at);
}

/** Countries in "the prime ministers of A, B and C" right at `from` (after the opener's comma). */
function leadersOf(view: SentenceView, from: number): ResolvedMention[] {
  const lead =
    /^\s*the\s+(?:(?:prime|foreign|trade|finance|deputy)\s+)?(?:ministers|leaders|presidents|premiers|heads of (?:state|government)|governments|representatives|envoys)\s+of\s+(?:the\s+)?/i.exec(
      textBetween(view, from, view.sentence.end),
    );
  if (!lead) return [];
  const out: ResolvedMention[] = [];
  let cursor = from + lead[0].length;
  for (const m of view.mentions.filter((x) => x.start >= cursor)) {
    if (
      m.type !== 'Country' ||
      m.form === 'demonym' ||
      !(m.start === cursor || /^\s*(?:,|and|, and)\s+(?:the\s+)?$/.test(textBetween(view, cursor, m.start)))
    )
      break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

function findParties({ views }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const push = (country: string, agreement: string, view: SentenceView, rule: string): void => {
    const d = relationDraft('PARTY_TO', country, agreement, view, rule);
    if (d) drafts.push(d);
  };
  // The document's one unnamed deal: "Chile and Argentina agreed last October to …".
  const described = new Set(
    views.flatMap((v) => v.mentions.filter((m) => m.type === 'Agreement' && m.form === 'description').map((m) => m.entityId)),
  );
  const deal = described.size === 1 ? [...described][0]! : undefined;
  for (const view of views) {
    for (const verb of deal ? view.sentence.text.matchAll(/\bagreed\b(?!\s+with\b)/g) : []) {
      const at = view.sentence.start + verb.index;
      const subjects = countriesBefore(view, at);
      if (subjects.length && !NEGATION.test(textBetween(view, subjects[subjects.length - 1]!.end, at)))
        for (const s of subjects) push(s.entityId, deal!, view, 'party.agreed-document-deal');
    }
    // "By signing the agreement on Tuesday, the prime ministers of A, B and C …".
    const opener = /^\s*(?:By|After|Upon|On)?\s*(?:signing|concluding|initial(?:l)?ing|sealing)\s+/i.exec(view.sentence.text);
    if (opener) {
      const g = view.mentions.find((m) => m.type === 'Agreement' && m.start - view.sentence.start - opener[0].length <= 40);
      const comma = g ? /^[^,;.]{0,40},/.exec(textBetween(view, g.end, view.sentence.end)) : null;
      if (g && comma)
        for (const c of leadersOf(view, g.end + comma[0].length)) push(c.entityId, g.entityId, view, 'party.signing-clause-leaders');
    }
    for (const g of view.mentions.filter((m) => m.type === 'Agreement')) {
      const before = textBetween(view, view.sentence.start, g.start);
      // "Chile and Peru have revised and extended their footwear export agreement".
      const verb = AGREEING.exec(before);
      if (verb) {
        const at = view.sentence.start + verb.index;
        const subjects = countriesBefore(view, at);
        const last = subjects[subjects.length - 1];
        if (subjects.length && !NEGATION.test(textBetween(view, last!.end, g.start))) {
          for (const s of subjects) push(s.entityId, g.entityId, view, 'party.agreeing-subjects');
          const other = counterpart(view, g.end);
          if (other) push(other.entityId, g.entityId, view, 'party.agreeing-subjects');
        }
      }
      // "Japan's fisheries deal with the United States": both.
      const owner = view.mentions.find(
        (m) =>
          m.type === 'Country' &&
          m.form !== 'demonym' &&
          /^\s*'s?\s+(?:(?:new|latest|recent)\s+)?$/.test(textBetween(view, m.end, g.start)) &&
          m.end <= g.start,
      );
      if (owner) {
        const other = counterpart(view, g.end);
        if (other) {
          push(owner.entityId, g.entityId, view, 'party.possessive-with');
          push(other.entityId, g.entityId, view, 'party.possessive-with');
        }
      }
      // "Under the accord, Argentina will abolish …": the subject the deal binds.
      if (/^\s*Under\s+(?:the|this|that|a|an|its|their)\s+(?:[\w-]+\s+){0,4}$/i.test(before)) {
        const rest = textBetween(view, g.end, view.sentence.end);
        const comma = /^[^,;]{0,60},\s*(?:the\s+)?/.exec(rest);
        if (!comma) continue;
        const from = g.end + comma[0].length;
        const subjects: ResolvedMention[] = [];
        let cursor = from;
        for (const m of view.mentions.filter((x) => x.start >= from)) {
          if (
            m.type !== 'Country' ||
            m.form === 'demonym' ||
            !(m.start === cursor || /^\s*(?:,|and|, and)\s+(?:the\s+)?$/.test(textBetween(view, cursor, m.start)))
          )
            break;
          subjects.push(m);
          cursor = m.end;
        }
        const tail = textBetween(view, cursor, view.sentence.end);
        if (
          subjects.length &&
          /^\s*(?:will|would|shall|must|is to|are to|agreed|has agreed|have agreed|promised|undertook|pledged|commits|committed|can|may)\b/i.test(
            tail,
          ) &&
          !/^\s*\S+\s+not\b/.test(tail)
        ) {
          for (const s of subjects) push(s.entityId, g.entityId, view, 'party.under-agreement');
        }
      }
    }
  }
  return drafts;
}

export const partyRules = defineFamily({ family: 'party', rules: ruleSpecs(specs), find: findParties });
