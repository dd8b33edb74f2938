/* Extraction stage 5f: TRADES_WITH — "trade between A and B", "A-B trade", "A's trade with B", value and year. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { textBetween } from '../../sentence-lookup.js';
import { findMoney } from '../../find-money.js';
import { COUNTRY_PAIR, countryPairAt } from '../../find-country-pair.js';
import { CURRENCY_AFTER } from '../../document-facts.js';

/** "trade between the two countries", "the two nations traded", "both countries' trade". */
const PAIR_TRADE = new RegExp(
  String.raw`\b(?:trade|commerce)\s+(?:\w+\s+){0,2}between\s+${COUNTRY_PAIR}|\b${COUNTRY_PAIR}'?\s+(?:\w+\s+){0,2}(?:traded|trade)\b`,
  'i',
);

const TRADE = /\b(trade|traded|trading|commerce|exports?|imports?|shipments|shipped|economic|investment|commercial)\b/i;

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

function findTradeRelations({ views }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const [index, view] of views.entries()) {
    if (!TRADE.test(view.sentence.text)) continue;
    const sentenceYear = /\b(?:in|for|during)\s+((?:19|20)\d{2})\b/.exec(view.sentence.text)?.[1];
    for (const [start, end] of clauses(view)) {
      const text = textBetween(view, start, end);
      if (!TRADE.test(text)) continue;
      const countries = view.mentions.filter(
        (m) =>
          m.type === 'Country' &&
          m.start >= start &&
          m.end <= end &&
          !CURRENCY_AFTER.test(view.sentence.text.slice(m.end - view.sentence.start)),
      );
      let pair: [ResolvedMention, ResolvedMention] | null = null;
      let rule = '';
      for (let i = 0; i + 1 < countries.length && !pair; i++) {
        const a = countries[i]!;
        const b = countries[i + 1]!;
        if (a.entityId === b.entityId) continue;
        const gap = textBetween(view, a.end, b.start);
        const before = textBetween(view, Math.max(start, a.start - 40), a.start);
        const after = textBetween(view, b.end, Math.min(end, b.end + 30));
        if (/^\s*and\s+(the\s+)?$/.test(gap) && /\b(trade|commerce)\s+(?:\w+\s+){0,2}between\s+(the\s+)?$/i.test(before)) {
          pair = [a, b];
          rule = 'trade.trade-between';
        } else if (
          (gap === '-' || gap === '–') &&
          // "the Norland-Vesta trade talks", "the U.S.-Vesta Economic Policy Dialogue", "Norland-Vesta investment ties".
          /^\s*(?:bilateral\s+)?(trade|commerce|goods trade|economic|investment|commercial)\b/i.test(after)
        ) {
          pair = [a, b];
          rule = 'trade.hyphenated-trade';
        } else if (
          /^(?:'s?)?\s+(?:\w+\s+){0,2}(trade|commerce|exports?|imports?|shipments)(?:\s+(?:deficit|surplus|gap|balance|relationship|ties))?\s+(with|to|from)\s+(the\s+)?$/i.test(
            gap,
          )
        ) {
          pair = [a, b];
          rule = /deficit|surplus|gap|balance/.test(gap) ? 'trade.possessive-balance-with' : 'trade.possessive-exports-to';
        } else if (/^\s+(shipped|exported|sold|imported)\b.{0,60}\b(to|from)\s+(the\s+)?$/i.test(gap)) {
          pair = [a, b];
          rule = 'trade.shipped-to';
        } else if (
          /^\s+and\s+(the\s+)?$/.test(gap) &&
          /^\s+(are|remain|were)\b[^.]{0,30}\btrading partners\b/i.test(textBetween(view, b.end, end))
        ) {
          pair = [a, b];
          rule = 'trade.trading-partners';
        }
      }
      let ids = pair ? [pair[0].entityId, pair[1].entityId] : null;
      const phrase = ids ? null : PAIR_TRADE.exec(text);
      if (phrase) {
        ids = countryPairAt(views, index, start + phrase.index);
        rule = 'trade.country-pair-phrase';
      }
      if (!ids) continue;
      const money = /deficit|surplus/i.test(text) ? undefined : findMoney(text, start)[0];
      const year = /\b(?:in|for|during)\s+((?:19|20)\d{2})\b/.exec(text)?.[1] ?? sentenceYear;
      const props = money
        ? {
            valueUsd: money.currency === 'USD' ? money.amount : undefined,
            value: money.currency !== 'USD' ? money.amount : undefined,
            currency: money.currency !== 'USD' ? money.currency : undefined,
            year: year ? Number(year) : undefined,
          }
        : { year: year && money ? Number(year) : undefined };
      const d = relationDraft('TRADES_WITH', ids[0]!, ids[1]!, view, rule, props);
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

/** Words that end the object of "the deficit with …" (its verb or figure follows). */
const OBJECT_END =
  /\b(?:rose|fell|was|were|is|are|has|had|increased|decreased|widened|narrowed|grew|shrank|jumped|dropped|climbed|declined|reached|totalled|totaled|stood|hit|amounted|last|this|in|for|during|up|down|of|at|to)\b|[;:]/i;
const BALANCE_WITH = /\b(?:deficit|surplus|imbalance|shortfall)\s+with\s+/gi;
/** "imports from Y", "exports to Y", "trade with Y", "trade ties with Y", "coal shipped to Y". */
const FLOW =
  /\b(?:(?:imports|purchases)\s+from|(?:exports|shipments|sales|deliveries)\s+to|(?:trade|trading|commerce)(?:\s+(?:ties|relations|links))?\s+with|(?:shipped|exported|sold|delivered)\s+(?:directly\s+)?to|(?:imported|bought|purchased)\s+from)\s+(?:the\s+)?/gi;
/** "imports of Mexican avocados", "which imports Polish coal", "buys Canadian wheat": the demonym names the seller. */
const BUYS_DEMONYM =
  /\b(?:imports?\s+of|purchases\s+of|imports|imported|importing|buys|bought|buying|purchased|purchases)\s+(?:[\w.,-]+\s+){0,6}?$/i;

/** The countries named from `at` on, joined by commas and "and" ("Chile and Peru", "Vietnam, Malaysia, Indonesia and Brunei"). */
function countriesFrom(view: SentenceView, at: number, end: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let cursor = at;
  for (const m of view.mentions.filter((x) => x.start >= at && x.end <= end)) {
    const gap = textBetween(view, cursor, m.start);
    if (out.length === 0 ? !/^\s*(?:the\s+)?$/.test(gap) : !/^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$/.test(gap)) break;
    if (m.type !== 'Country' || CURRENCY_AFTER.test(view.sentence.text.slice(m.end - view.sentence.start))) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

/** Who trades, when the phrase names only the other side: the clause's nearest earlier country ("its" or the subject), an
    office holder's country, a bloc (then nobody: a bloc is no TRADES_WITH party), or the article's home country. */
function owner(view: SentenceView, from: number, at: number, other: string, ctx: RelationContext): string | undefined {
  const before = view.mentions.filter(
    (m) =>
      m.start >= from && m.end <= at && m.entityId !== other && !CURRENCY_AFTER.test(view.sentence.text.slice(m.end - view.sentence.start)),
  );
  for (const m of before.reverse()) {
    if (m.type === 'Country') return m.entityId;
    if (m.type === 'Person' && ctx.officeCountry.has(m.entityId)) return ctx.officeCountry.get(m.entityId);
    if (m.type === 'Organization' && !/^(?:said|told)\b/.test(textBetween(view, m.end, Math.min(at, m.end + 10)).trim())) return undefined;
  }
  return ctx.homeCountry;
}

/** TRADES_WITH where the text names one side and the other is the subject, "its" owner or the article's home country. */
function findOneSidedTrade(ctx: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const add = (a: string | undefined, b: ResolvedMention, view: SentenceView, rule: string) => {
    if (!a || a === b.entityId) return;
    const d = relationDraft('TRADES_WITH', a, b.entityId, view, rule);
    if (d) drafts.push(d);
  };
  for (const view of ctx.views) {
    const s = view.sentence.text;
    const base = view.sentence.start;
    for (const [start, end] of clauses(view)) {
      const text = textBetween(view, start, end);
      // "the trade surplus with Chile rose …, with Peru the surplus narrowed …": each "with Y" of a balance sentence.
      const balance = [...text.matchAll(BALANCE_WITH)];
      if (balance.length) {
        const first = start + balance[0]!.index;
        const withs = [...balance.map((m) => start + m.index + m[0].length)];
        for (const m of text.matchAll(/(?:,|\band)\s+with\s+/g)) if (start + m.index > first) withs.push(start + m.index + m[0].length);
        for (const at of withs) {
          const stop = OBJECT_END.exec(s.slice(at - base, end - base));
          const objEnd = stop ? at + stop.index : end;
          let found = countriesFrom(view, at, objEnd);
          // "with fast-growing Southeast Asian countries, including Vietnam, Malaysia …".
          if (!found.length) {
            const incl = /\b(?:including|such as|notably|especially)\s+/.exec(s.slice(at - base, objEnd - base));
            if (incl && !/[;]/.test(incl.input.slice(0, incl.index))) found = countriesFrom(view, at + incl.index + incl[0].length, objEnd);
          }
          for (const y of found) add(owner(view, start, first, y.entityId, ctx), y, view, 'trade.balance-with');
        }
      }
      for (const m of text.matchAll(FLOW)) {
        const at = start + m.index + m[0].length;
        const cueAt = start + m.index;
        // An owner stated right before the phrase is the possessive rule's ("Japan's exports to", "Dutch cheese exports to").
        if (
          view.mentions.some(
            (x) => x.type === 'Country' && x.end <= cueAt && /^(?:'s?)?\s+(?:[a-z-]+\s+){0,2}$/.test(textBetween(view, x.end, cueAt)),
          )
        )
          continue;
        // "a trade agreement with", "trade talks with" are no trade flow; nor is a negated or sought one.
        if (
          /\b(?:no|not|never|ban\w*|halt\w*|stop\w*|cut|sever\w*|end\w*|boycott\w*|embargo)\b[^,;]*$/i.test(
            textBetween(view, start, cueAt),
          ) &&
          !/\bremaining\b/.test(textBetween(view, Math.max(start, cueAt - 25), cueAt))
        )
          continue;
        for (const y of countriesFrom(view, at, end)) add(owner(view, start, cueAt, y.entityId, ctx), y, view, 'trade.flow-with');
      }
      // "imports of Mexican avocados": the demonym's country sells to the buyer.
      for (const y of view.mentions.filter((x) => x.type === 'Country' && x.form === 'demonym' && x.start >= start && x.end <= end)) {
        const before = textBetween(view, start, y.start);
        const cue = BUYS_DEMONYM.exec(before);
        if (!cue || /[;:]|\b(?:from|to|by)\b/.test(cue[0])) continue;
        // "Poland has banned imports of Ukrainian wheat": stopped or refused trade is no trade.
        if (
          /\b(?:no|not|never|ban\w*|halt\w*|stop\w*|block\w*|bar\w*|suspend\w*|embargo\w*|boycott\w*|refus\w*)\s+(?:[\w-]+\s+){0,2}$/i.test(
            textBetween(view, start, start + cue.index),
          )
        )
          continue;
        if (!/^\s+[a-z]/.test(s.slice(y.end - base))) continue;
        add(owner(view, start, start + cue.index, y.entityId, ctx), y, view, 'trade.buys-demonym-goods');
      }
    }
  }
  return drafts;
}

export const tradeRules = defineFamily({
  family: 'trade',
  rules: ruleSpecs(specs),
  find: (ctx) => [...findTradeRelations(ctx), ...findOneSidedTrade(ctx)],
});
