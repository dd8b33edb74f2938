/* Extraction stage 5g: FUNDS — a funder, a pledge or funding cue, an amount, a recipient organization. */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findMoney } from '../../find-money.js';

const CUE = /\b(pledg\w*|provid\w*|commit\w*|donat\w*|grants?|gave|give|giving|fund\w*|financ\w*|contribut\w*|allocat\w*|earmark\w*|aid|loans?)\b/i;

export function findFunding({ views, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    const cue = CUE.exec(view.sentence.text);
    if (!cue) continue;
    const cueAt = view.sentence.start + cue.index;
    const money = findMoney(view.sentence.text, view.sentence.start).find((m) => m.start >= cueAt - 40);
    const hasFundingWord = /\b(funding|grant|aid|loan|financing|pledg\w*|donat\w*)\b/i.test(view.sentence.text);
    if (!money && !hasFundingWord) continue;
    const anchor = Math.min(cueAt, money?.start ?? cueAt);
    const led = (m: { end: number }): boolean => /^-led\b/.test(textBetween(view, m.end, m.end + 4));
    const funder = view.mentions.filter((m) => ['Country', 'Person', 'Organization'].includes(m.type) && m.form !== 'demonym' && m.end <= anchor && !led(m)).pop();
    if (!funder || NEGATION.test(textBetween(view, funder.end, anchor))) continue;
    const after = Math.max(cueAt, money?.end ?? cueAt);
    const recipient = view.mentions.find((m) => m.type === 'Organization' && m.start >= after && m.start - after < 60 && m.entityId !== funder.entityId)
      ?? view.mentions.find((m) => m.type === 'Organization' && m.start > funder.end && led(m));
    if (!recipient) continue;
    const source = funder.type === 'Person' ? officeCountry.get(funder.entityId) ?? funder.entityId : funder.entityId;
    const rest = textBetween(view, recipient.end, view.sentence.end);
    const purpose = /^(?:-led)?\s*(?:[\w-]+\s){0,3}?(?:to|for)\s+((?:help |support |finance |fund )?[^,.;"]{3,120})/i.exec(rest)?.[1]?.trim();
    const d = relationDraft('FUNDS', source, recipient.entityId, view, money ? 'funding.amount-to-recipient' : 'funding.funding-word-recipient', { amount: money?.amount, currency: money?.currency, purpose });
    if (d) drafts.push(d);
  }
  return drafts;
}

export const fundingRules = defineFamily({
  family: 'funding',
  rules: [
    { id: 'funding.amount-to-recipient', emits: ['FUNDS'], description: 'a funder, a funding verb and an amount, then the recipient organization' },
    { id: 'funding.funding-word-recipient', emits: ['FUNDS'], description: 'a funder, a funding verb and a funding word (grant, aid, loan), no amount' }
  ],
  find: findFunding,
});
