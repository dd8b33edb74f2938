/* Extraction stage 5f: TRADES_WITH — "trade between A and B", "A-B trade", "A's trade with B", value and year. */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { textBetween } from '../../sentence-lookup.js';
import { findMoney } from '../../find-money.js';
import { COUNTRY_PAIR, countryPairAt } from '../../find-country-pair.js';
import { CURRENCY_AFTER } from '../tariff/find-tariffs.js';

/** "trade between the two countries", "the two nations traded", "both countries' trade". */
const PAIR_TRADE = new RegExp(String.raw`\b(?:trade|commerce)\s+(?:\w+\s+){0,2}between\s+${COUNTRY_PAIR}|\b${COUNTRY_PAIR}'?\s+(?:\w+\s+){0,2}(?:traded|trade)\b`, 'i');

const TRADE = /\b(trade|traded|trading|commerce|exports?|imports?|shipments|shipped)\b/i;

/** Clauses of a sentence ("…, while …"), as absolute [start, end) ranges. */
function clauses(view: SentenceView): [number, number][] {
  const out: [number, number][] = [];
  let from = view.sentence.start;
  for (const m of view.sentence.text.matchAll(/[,;]\s+(?:while|whereas|but|and)\s+|;\s+/g)) {
    out.push([from, view.sentence.start + m.index]);
    from = view.sentence.start + m.index + m[0].length;
  }
  out.push([from, view.sentence.end]);
  return out;
}

export function findTradeRelations({ views }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const [index, view] of views.entries()) {
    if (!TRADE.test(view.sentence.text)) continue;
    const sentenceYear = /\b(?:in|for|during)\s+((?:19|20)\d{2})\b/.exec(view.sentence.text)?.[1];
    for (const [start, end] of clauses(view)) {
      const text = textBetween(view, start, end);
      if (!TRADE.test(text)) continue;
      const countries = view.mentions.filter((m) => m.type === 'Country' && m.start >= start && m.end <= end && !CURRENCY_AFTER.test(view.sentence.text.slice(m.end - view.sentence.start)));
      let pair: [ResolvedMention, ResolvedMention] | null = null;
      let rule = '';
      for (let i = 0; i + 1 < countries.length && !pair; i++) {
        const a = countries[i]!;
        const b = countries[i + 1]!;
        if (a.entityId === b.entityId) continue;
        const gap = textBetween(view, a.end, b.start);
        const before = textBetween(view, Math.max(start, a.start - 40), a.start);
        const after = textBetween(view, b.end, Math.min(end, b.end + 30));
        if (/^\s*and\s+(the\s+)?$/.test(gap) && /\b(trade|commerce)\s+(?:\w+\s+){0,2}between\s+(the\s+)?$/i.test(before)) pair = [a, b], (rule = 'trade.trade-between');
        else if (gap === '-' && /^\s*(trade|commerce|bilateral trade|goods trade)\b/i.test(after)) pair = [a, b], (rule = 'trade.hyphenated-trade');
                else if (/^(?:'s?)?\s+(?:\w+\s+){0,2}(trade|commerce|exports?|imports?|shipments)(?:\s+(?:deficit|surplus|gap|balance|relationship|ties))?\s+(with|to|from)\s+(the\s+)?$/i.test(gap)) pair = [a, b], (rule = /deficit|surplus|gap|balance/.test(gap) ? 'trade.possessive-balance-with' : 'trade.possessive-exports-to');
        else if (/^\s+(shipped|exported|sold|imported)\b.{0,60}\b(to|from)\s+(the\s+)?$/i.test(gap)) pair = [a, b], (rule = 'trade.shipped-to');
        else if (/^\s+and\s+(the\s+)?$/.test(gap) && /^\s+(are|remain|were)\b[^.]{0,30}\btrading partners\b/i.test(textBetween(view, b.end, end))) pair = [a, b], (rule = 'trade.trading-partners');
      }
      let ids = pair ? [pair[0].entityId, pair[1].entityId] : null;
      const phrase = ids ? null : PAIR_TRADE.exec(text);
      if (phrase) (ids = countryPairAt(views, index, start + phrase.index)), (rule = 'trade.country-pair-phrase');
      if (!ids) continue;
      const money = /deficit|surplus/i.test(text) ? undefined : findMoney(text, start)[0];
      const year = /\b(?:in|for|during)\s+((?:19|20)\d{2})\b/.exec(text)?.[1] ?? sentenceYear;
      const props = money ? { valueUsd: money.currency === 'USD' ? money.amount : undefined, value: money.currency !== 'USD' ? money.amount : undefined, currency: money.currency !== 'USD' ? money.currency : undefined, year: year ? Number(year) : undefined } : { year: year && money ? Number(year) : undefined };
      const d = relationDraft('TRADES_WITH', ids[0]!, ids[1]!, view, rule, props);
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

export const tradeRules = defineFamily({
  family: 'trade',
  rules: [
    { id: 'trade.trade-between', emits: ['TRADES_WITH'], description: '"trade between X and Y"' },
    { id: 'trade.hyphenated-trade', emits: ['TRADES_WITH'], description: '"X-Y trade"' },
    { id: 'trade.possessive-exports-to', emits: ['TRADES_WITH'], description: "\"X's exports to Y\", \"Danish pigmeat exports to Y\", \"X's trade with Y\"" },
    { id: 'trade.possessive-balance-with', emits: ['TRADES_WITH'], description: "\"X's trade deficit/surplus with Y\", \"a U.S. trade deficit with Y\"" },
    { id: 'trade.shipped-to', emits: ['TRADES_WITH'], description: '"X shipped/exported … to Y"' },
    { id: 'trade.trading-partners', emits: ['TRADES_WITH'], description: '"X and Y are … trading partners"' },
    { id: 'trade.country-pair-phrase', emits: ['TRADES_WITH'], description: "\"bilateral trade\", \"trade between the two countries\": the article's two countries" }
  ],
  find: findTradeRelations,
});
