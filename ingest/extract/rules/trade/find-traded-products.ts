/* Extraction stage 5k: products named as the object of trade ("exports of cotton", "buy French turbines").
   Lexicon goods count anywhere in a trade sentence; open noun phrases count only where the grammar makes them
   the traded thing: "exports of X", "X imports", "imports X", "goods such as X, Y and Z", a list sharing a known good. */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { upsertEntity } from '../../upsert-entity.js';
import { findProducts, productName } from '../../find-products.js';
import { productPhrases, productBefore, type PhraseHit } from '../../find-product-phrase.js';

const TRADE_CUE =
  /\b(export\w*|import\w*|purchases?|shipments?|shipped|buy\w*|bought|sell\w*|sold|tariffs?|duties|duty|levy|traded?|trading|supplier|producers?|quotas?|sanctions|embargo|countertrade|suppl(?:y|ies|ied|ier|iers)|shipping)\b/i;

/** "exports of X", "shipments of X": the good follows. */
const OF_CUE =
  /\b(?:exports?|imports?|shipments?|sales|purchases|deliveries|supplies|supply|shipping|consignments?|cargoes|swaps|exchanges|dumping)\s+of\s+/gi;
/** "goods such as X", "commodities including X": a list of goods follows. */
const LIST_CUE =
  /\b(?:goods|products|commodities|items|exports|imports|produce|manufactures|materials|minerals|metals|crops|foodstuffs|equipment)\s*,?\s+(?:such as|including|like|notably|especially|mainly|mostly|chiefly|led by)\s+/gi;
/** "X imports", "X exports": the good precedes (checked by productBefore). */
const BEFORE_CUE =
  /\b(?:exports|imports|shipments|purchases|sales|deliveries|producers?|growers|exporters|importers|makers|manufacturers|industry|trade)\b/gi;
/** "Egypt imports Soviet coal", "it exports wheat": the verb reading of export/import and verbs of trading. */
const VERB_CUE =
  /\b(exports?|imports?|exported|imported|exporting|importing|ships|shipped|sells?|selling|sold|buys?|buying|bought|supplies|supplied|supplying|swaps?|swapped)\s+/gi;
/** What may stand before a verb "exports"/"imports" (subject, relative pronoun, adverb, infinitive "to"). */
const SUBJECT_BEFORE =
  /(?:\b(?:it|they|which|who|that|also|already|still|now|mainly|mostly|chiefly|largely|to|currently|traditionally|usually|will|would|could|can|may)|[a-z]ly)\s+$/;

/** The phrase may open with a country's demonym or a "-made"/"-caught" qualifier: "imports of Vietnamese consumer goods". */
function skipQualifier(view: SentenceView, at: number): number {
  const s = view.sentence.text;
  for (let guard = 0; guard < 3; guard++) {
    const rel = at - view.sentence.start;
    // A quantity or an adverb before the good: "three mln tonnes of barley", "recently delayed spare parts".
    const lead =
      /^(?:(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|about|around|nearly|up to|more than)\s+(?:(?:mln|million|billion|thousand|hundred)\s+)?(?:(?:metric\s+)?(?:tonnes|tons|barrels|bales|bushels|units|cases|head|crates|cubic metres|cubic meters|board feet)\s+of\s+)|[a-z]+ly\s+(?:[a-z]+ed\s+)?)/.exec(
        s.slice(rel),
      );
    if (lead) {
      at += lead[0].length;
      continue;
    }
    const hyph = /^[A-Z][\w.]*-(?:made|built|grown|caught|produced|origin)\s+/.exec(s.slice(rel));
    if (hyph) {
      at += hyph[0].length;
      continue;
    }
    const m = view.mentions.find((x) => x.start === at && (x.type === 'Country' || (x.type === 'Organization' && x.form === 'acronym')));
    if (!m) break;
    const after = /^\s+(?=[a-z])/.exec(s.slice(m.end - view.sentence.start));
    if (!after) break;
    at = m.end + after[0].length;
  }
  return at;
}

function phrasesAt(view: SentenceView, at: number): PhraseHit[] {
  const from = skipQualifier(view, at);
  return productPhrases(view.sentence.text.slice(from - view.sentence.start), from);
}

/** Open phrases where the sentence's grammar names a traded good. */
function cuedPhrases(view: SentenceView): PhraseHit[] {
  const s = view.sentence.text;
  const base = view.sentence.start;
  const out: PhraseHit[] = [];
  for (const m of s.matchAll(OF_CUE)) out.push(...phrasesAt(view, base + m.index + m[0].length));
  for (const m of s.matchAll(LIST_CUE)) out.push(...phrasesAt(view, base + m.index + m[0].length));
  for (const m of s.matchAll(VERB_CUE)) {
    const word = m[1]!.toLowerCase();
    const before = s.slice(0, m.index);
    if (/^(?:exports?|imports?|sales)$/.test(word) || /^(?:supplies|swaps?|ships)$/.test(word)) {
      // A noun reading ("its imports rose", "the exports") is not a verb: need a subject right before.
      const subject = view.mentions.some(
        (x) => x.end === base + m.index - 1 && x.type === 'Country' && x.form !== 'demonym' && !/'s?$/.test(x.text),
      );
      if (!subject && !SUBJECT_BEFORE.test(before)) continue;
    }
    // "interested in buying turbines": a gerund needs a preposition before it ("China's exporting success" is no trade).
    if (
      /ing$/.test(word) &&
      !/\b(?:in|of|by|for|from|on|about|at|to|without|after|before|start|started|begin|began|stop|stopped|continue|continued|resume|resumed)\s+$/.test(
        before,
      )
    )
      continue;
    const hits = phrasesAt(view, base + m.index + m[0].length);
    // Buying and selling is said of shares and companies too: an open phrase must end in a known good or a goods head.
    if (/^(?:sells?|selling|sold|buys?|buying|bought)$/.test(word))
      out.push(
        ...hits.filter(
          (h) =>
            productName(h.name) ||
            /\b(?:goods|products|equipment|machinery|parts|produce|rigs|platforms?|aircraft|planes|jets|ships|vessels|vehicles|weapons|arms)$/.test(
              h.name,
            ),
        ),
      );
    else out.push(...hits);
  }
  for (const m of s.matchAll(BEFORE_CUE)) {
    const hit = productBefore(s.slice(0, m.index), base, m[0].toLowerCase(), (n) => productName(n) !== null);
    if (hit) out.push(hit);
  }
  return out;
}

const STOP_WORDS =
  /^(?:to|from|in|on|of|for|with|by|at|as|into|than|the|a|an|its|their|his|her|is|are|was|were|be|been|has|have|had|said|mainly|mostly|chiefly|largely|limited|such|including|like)$/;

/** Members of a coordinated list that holds a known good: "wheat, tobacco, jute and engineering goods". */
function listMates(view: SentenceView, known: { start: number; end: number }[]): PhraseHit[] {
  const s = view.sentence.text;
  const base = view.sentence.start;
  const out: PhraseHit[] = [];
  const LIST =
    /(?:^|(?<=[\s(]))((?:[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,2})(?:, (?:and |or )?(?:[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})|,? (?:and|or|as well as) (?:[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}))+)/g;
  for (const m of s.matchAll(LIST)) {
    // The first member may start after a preposition or verb the pattern swallowed ("limited mainly to high-grade chromite and …").
    const words = m[1]!.split(' ');
    const firstEnd = words.findIndex((w) => /,$/.test(w) || /^(?:and|or)$/.test(w));
    const lastStop = words
      .slice(0, firstEnd < 0 ? words.length : firstEnd)
      .map((w) => w.toLowerCase())
      .reduce((k, w, i) => (STOP_WORDS.test(w) ? i + 1 : k), 0);
    const skipped = words.slice(0, lastStop).join(' ');
    const text = m[1]!.slice(skipped.length ? skipped.length + 1 : 0);
    const start = base + m.index + (skipped.length ? skipped.length + 1 : 0);
    let first = text;
    // A capitalised first word counts only at the start of the sentence ("Wheat, tobacco, tea …").
    if (/^[A-Z]/.test(first) && start !== base) continue;
    if (start === base) first = first[0]!.toLowerCase() + first.slice(1);
    const hits = productPhrases(first.replace(/ as well as /g, ', and '), start);
    if (hits.length < 2) continue;
    const knownIn = hits.filter((h) => productName(h.name) || known.some((k) => k.start >= h.start && k.end <= h.end + 1));
    if (knownIn.length < 2 || knownIn.length * 2 < hits.length) continue;
    // A first member that swallowed its verb ("hoped to sell more blueberries and grapes") keeps only its known good.
    out.push(
      ...hits.map((h) => {
        if (productName(h.name)) return h;
        const words = h.name.split(' ');
        for (let i = 1; i < words.length; i++) {
          const tail = words.slice(i).join(' ');
          if (productName(tail)) return { name: tail, start: h.end - tail.length, end: h.end };
        }
        return h;
      }),
    );
  }
  return out;
}

/** Adds Product entities for goods named in trade sentences; states no relation by itself. */
function findTradedProducts({ views, entities, docId }: RelationContext): RelationDraft[] {
  for (const view of views) {
    const cue = TRADE_CUE.exec(view.sentence.text);
    if (!cue) {
      // "India's appetite for goods such as coal, nickel and cement": a list of goods that holds a known good.
      for (const m of view.sentence.text.matchAll(LIST_CUE)) {
        const hits = phrasesAt(view, view.sentence.start + m.index + m[0].length);
        if (!hits.some((h) => productName(h.name))) continue;
        for (const h of hits) {
          const name = productName(h.name) ?? h.name;
          upsertEntity(entities, view, docId, { type: 'Product', key: name, name, start: h.start, end: h.end });
        }
      }
      continue;
    }
    const inName = (p: { start: number; end: number }) =>
      view.mentions.some(
        (m: ResolvedMention) => m.start < p.end && p.start < m.end && m.type !== 'Tariff' && m.type !== 'Product' && m.type !== 'Country',
      );
    // "the EU dairy management committee", "weapons of mass destruction": the word names no traded good here.
    const notGood = (p: { end: number }) =>
      /^\s+(?:(?:management\s+)?(?:committee|council|board|association|federation|institute|commission|authority|agency|union|exchange)\b|of\s+mass\b)/i.test(
        view.sentence.text.slice(p.end - view.sentence.start),
      );
    const lexicon = findProducts(view.sentence.text, view.sentence.start).filter((p) => !inName(p) && !notGood(p));
    // A phrase cut before its head ("chemical and electronic| goods") is not a good by itself.
    const cut = (p: PhraseHit) =>
      /^\s+(?:goods|products|equipment|machinery|produce|materials|parts|oils|ores|supplies|manufactures)\b/.test(
        view.sentence.text.slice(p.end - view.sentence.start),
      );
    const open = [...cuedPhrases(view), ...listMates(view, lexicon)].filter((p) => !inName(p) && !cut(p));
    const taken: { start: number; end: number }[] = [];
    for (const p of open.sort((a, b) => b.end - b.start - (a.end - a.start))) {
      if (taken.some((t) => t.start <= p.start && p.end <= t.end)) continue;
      taken.push(p);
      const name = productName(p.name) ?? p.name;
      upsertEntity(entities, view, docId, { type: 'Product', key: name, name, start: p.start, end: p.end });
    }
    for (const p of lexicon) {
      if (taken.some((t) => t.start <= p.start && p.end <= t.end)) continue;
      upsertEntity(entities, view, docId, { type: 'Product', key: p.name, name: p.name, start: p.start, end: p.end });
    }
  }
  return [];
}

export const tradedProductRules = defineFamily({
  family: 'products',
  rules: [],
  find: findTradedProducts,
});
