/* Extraction stage 5g: FUNDS — a funder, a pledge or funding cue, an amount, a recipient organization. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findMoney } from '../../find-money.js';

const CUE =
  /\b(pledg\w*|provid\w*|commit\w*|donat\w*|grants?|gave|give|giving|fund\w*|financ\w*|contribut\w*|allocat\w*|earmark\w*|aid|loans?)\b/i;

function findFunding({ views, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    // "Petrovia received $4bn in credits from India's Indrax", "the $4bn which Norbank lent Petrovia".
    for (const money of findMoney(view.sentence.text, view.sentence.start)) {
      const before = textBetween(view, view.sentence.start, money.start);
      const after = textBetween(view, money.end, view.sentence.end);
      const received =
        /\b(?:receiv(?:e|es|ed|ing)|raised|secured|obtained|borrowed)\s+(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$/i.exec(
          before,
        );
      const from = received && /^\s*(?:in\s+(?:loans?|credits?|financing|funding|grants?)\s+)?from\s+/i.exec(after);
      if (received && from) {
        const at = view.sentence.start + received.index;
        const recipient = view.mentions.filter((m) => m.type === 'Organization' && m.end <= at && at - m.end <= 30).pop();
        const funders = view.mentions.filter(
          (m) =>
            ['Country', 'Organization'].includes(m.type) &&
            m.form !== 'demonym' &&
            m.start >= money.end + from[0].length &&
            m.start < money.end + from[0].length + 80 &&
            !/\b(?:to|for)\b|[;.]/.test(textBetween(view, money.end + from[0].length, m.start)),
        );
        // "from India's Indrax": the owner names the funder, not a second one.
        const named = funders.filter((m) => !funders.some((o) => o !== m && /^'s?\s*$/.test(textBetween(view, m.end, o.start))));
        if (recipient && !NEGATION.test(textBetween(view, recipient.end, at))) {
          for (const f of named) {
            const d = relationDraft('FUNDS', f.entityId, recipient.entityId, view, 'funding.received-from', {
              amount: money.amount,
              currency: money.currency,
            });
            if (d) drafts.push(d);
          }
        }
      }
      const lentBy = /^\s*(?:which|that)\s+((?:\S+\s+){0,5}?)lent\s+/i.exec(after);
      if (lentBy) {
        const base = money.end;
        const lender = view.mentions
          .filter(
            (m) =>
              ['Country', 'Organization'].includes(m.type) && m.form !== 'demonym' && m.start > base && m.end <= base + lentBy[0].length,
          )
          .pop();
        const recipient = view.mentions.find(
          (m) => m.type === 'Organization' && m.start >= base + lentBy[0].length && m.start - (base + lentBy[0].length) < 30,
        );
        if (lender && recipient) {
          const d = relationDraft('FUNDS', lender.entityId, recipient.entityId, view, 'funding.lent', {
            amount: money.amount,
            currency: money.currency,
          });
          if (d) drafts.push(d);
        }
      }
    }
    const cue = CUE.exec(view.sentence.text);
    if (!cue) continue;
    const cueAt = view.sentence.start + cue.index;
    const money = findMoney(view.sentence.text, view.sentence.start).find((m) => m.start >= cueAt - 40);
    const hasFundingWord = /\b(funding|grant|aid|loan|financing|pledg\w*|donat\w*)\b/i.test(view.sentence.text);
    if (!money && !hasFundingWord) continue;
    const anchor = Math.min(cueAt, money?.start ?? cueAt);
    const led = (m: { end: number }): boolean => /^-led\b/.test(textBetween(view, m.end, m.end + 4));
    const funder = view.mentions
      .filter((m) => ['Country', 'Person', 'Organization'].includes(m.type) && m.form !== 'demonym' && m.end <= anchor && !led(m))
      .pop();
    if (!funder || NEGATION.test(textBetween(view, funder.end, anchor))) continue;
    const after = Math.max(cueAt, money?.end ?? cueAt);
    const recipient =
      view.mentions.find((m) => m.type === 'Organization' && m.start >= after && m.start - after < 60 && m.entityId !== funder.entityId) ??
      view.mentions.find((m) => m.type === 'Organization' && m.start > funder.end && led(m));
    // "Tunisia's reserves were $300m, the central bank told Reuters": whom a source spoke to is no recipient.
    if (
      !recipient ||
      /\b(?:told|said|says|tells|according to)\s+(?:the\s+)?$/i.test(
        textBetween(view, Math.max(view.sentence.start, recipient.start - 20), recipient.start),
      )
    )
      continue;
    const source = funder.type === 'Person' ? (officeCountry.get(funder.entityId) ?? funder.entityId) : funder.entityId;
    const rest = textBetween(view, recipient.end, view.sentence.end);
    const purpose = /^(?:-led)?\s*(?:[\w-]+\s){0,3}?(?:to|for)\s+((?:help |support |finance |fund )?[^,.;"]{3,120})/i
      .exec(rest)?.[1]
      ?.trim();
    const d = relationDraft(
      'FUNDS',
      source,
      recipient.entityId,
      view,
      money ? 'funding.amount-to-recipient' : 'funding.funding-word-recipient',
      { amount: money?.amount, currency: money?.currency, purpose },
    );
    if (d) drafts.push(d);
  }
  return drafts;
}

export const fundingRules = defineFamily({ family: 'funding', rules: ruleSpecs(specs), find: findFunding });
