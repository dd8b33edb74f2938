/* Extraction stage 5c: tariffs (rate + tariff/duty + product + target) and IMPOSES/TARGETS/ON_PRODUCT. */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { upsertEntity } from '../../upsert-entity.js';
import { findProducts, type ProductHit } from '../../find-products.js';
import { GENERIC_PRODUCTS } from '../../lexicons/products.js';
import { tariffKey } from '../../tariff-key.js';

const RATE = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b|percentage points?\b)`;
const DUTY = String.raw`(?:counter-?|retaliatory |punitive |reciprocal |import |export |additional |extra |new |blanket |sweeping )*(?:tariffs?|duties|duty|levy|levies|surcharges?|import tax(?:es)?|taxes|tax)\b`;
/** "25 percent tariff", "a 25 percent "security tariff"", "25 percent U.S. tariff". */
const RATE_FIRST = new RegExp(String.raw`${RATE}[\s-]*(?:("[^"]{2,40}")|((?:[\w.'-]+\s+){0,3}?))${DUTY}`, 'gi');
/** "a 25 percent "security tariff"": the duty word inside a quoted label. */
const QUOTED = new RegExp(String.raw`${RATE}\s*"([^"]{0,30}${DUTY}[^"]{0,20})"`, 'gi');
/** "tariffs of 50 percent", "tariffs of up to 150 percent". */
const DUTY_FIRST = new RegExp(String.raw`${DUTY}\s+(?:of|at)\s+(?:up to |as much as |about |around )?${RATE}`, 'gi');
/** "and 25 percent on some Mexican pharmaceuticals" after a tariff. */
const CONTINUATION = new RegExp(String.raw`\b(?:and|while|plus)\s+${RATE}\s+(?=on\b)`, 'gi');
const OBJECT = /^\s*(?:(?:that |which )?(?:it |they |(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} )(?:has |had |have )?(?:placed|imposed|levied|put|slapped|set)\s+|(?:imposed|levied|placed|set|slapped|announced|introduced) by (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s+)?(?:on|against|for)\s+((?:imports of |exports of |some |all |most |many |certain |[\d.,$€£]+\s*(?:billion|million|trillion)?\s*(?:(?:[A-Za-z]+\s+){0,2}(?:dollars|euros|pounds|yen|yuan)'?\s*)?(?:worth of\s+|of\s+)?)*)((?:[^,;.()]|\.(?=\S|\s+[a-z])){1,80})/;
/** "… that the United States plans to impose", "… imposed by Japan": the imposer named after the tariff. */
const RELATIVE_IMPOSER = /^[^.;]{0,90}?\b(?:(?:that|which)\s+(?:the\s+)?((?:[\w.'-]+\s+){1,4}?)(?:has\s+|had\s+|have\s+|plans?\s+to\s+|planned\s+to\s+|will\s+|would\s+|intends?\s+to\s+|is\s+set\s+to\s+|threatened\s+to\s+|wants?\s+to\s+|(?:is|was)\s+(?:planning|preparing|expected)\s+to\s+)?(?:impos|levi|levy|plac|put|slap|announc|introduc|threaten)\w*|(?:imposed|levied|placed|slapped|announced|introduced)\s+by\s+(?:the\s+)?((?:[\w.'-]+\s*){1,4}))/i;
const IMPOSE_VERB = /\b(impos|slap|levi|levy|announc|plac|put|keep|kept|rais|hik|threat|set|appl|charg|introduc|hit|unveil|order|decre|approv)\w*/i;

interface Found {
  rate: number;
  start: number;
  end: number;
  quoted?: string;
  between?: string;
}

function findRates(view: SentenceView): Found[] {
  const s = view.sentence.text;
  const base = view.sentence.start;
  const found: Found[] = [];
  for (const m of s.matchAll(RATE_FIRST)) {
    found.push({ rate: Number(m[1]), start: base + m.index, end: base + m.index + m[0].length, ...(m[2] ? { quoted: m[2].replace(/"/g, '') } : {}), ...(m[3] ? { between: m[3] } : {}) });
  }
  for (const m of s.matchAll(QUOTED)) {
    found.push({ rate: Number(m[1]), start: base + m.index, end: base + m.index + m[0].length, quoted: m[2]! });
  }
  for (const m of s.matchAll(DUTY_FIRST)) {
    if (!found.some((f) => f.start <= base + m.index && base + m.index < f.end)) found.push({ rate: Number(m[1]), start: base + m.index, end: base + m.index + m[0].length });
  }
  if (found.length > 0) {
    for (const m of s.matchAll(CONTINUATION)) {
      const at = base + m.index + m[0].indexOf(m[1]!);
      if (!found.some((f) => f.start <= at && at < f.end)) found.push({ rate: Number(m[1]), start: at, end: base + m.index + m[0].length - 1 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findTariffs({ views, entities, docId, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  let lastImposer: string | undefined;
  const push = (d: RelationDraft | null): void => void (d && drafts.push(d));
  for (const view of views) {
    for (const t of findRates(view)) {
      const after = view.sentence.text.slice(t.end - view.sentence.start);
      // "25 percent steel duties and 10 percent aluminum duties that X placed on Mexican metals": a shared object.
      const shared = /^[^.;]{0,120}?\b(?:placed|imposed|levied|put|slapped)\s+(?=on\s|against\s)/.exec(after);
      const object = OBJECT.exec(after) ?? (shared && /^\s*and\s+\d/.test(after) ? OBJECT.exec(after.slice(shared[0].length - 1)) : null);
      const objectShift = object && !OBJECT.test(after) && shared ? shared[0].length - 1 : 0;
      let end = t.end;
      let target: ResolvedMention | undefined;
      let product: { name: string; start: number; end: number } | undefined;
      let phrase = '';
      if (object) {
        const objStart = t.end + objectShift + object.index + object[0].length - object[2]!.length;
        let objText = object[2]!.split(/\s(?:and|or|but|while|to|in|that|which|after|from the|as)\s/)[0]!;
        const from = /^(.*?)\bfrom\s+(?:the\s+)?(.+)$/.exec(objText);
        end = objStart + (from ? objText.length : objText.length);
        if (from) objText = from[1]!.trim();
        target = view.mentions.find((m) => m.type === 'Country' && m.start >= objStart && m.end <= objStart + (object[2]!.split(/\s(?:and|or|but|while|to|in|that|which|after|as)\s/)[0]!.length));
        const products = findProducts(objText, objStart);
        product = products[0];
        if (objectShift) end = t.end;
        // "on yellow peas from Canada": a plain noun phrase names the product even outside the lexicon.
        const plain = /^([a-z][a-z-]+(?: [a-z][a-z-]+){0,2}?)(?: (?:imports|exports|shipments))?$/.exec(objText.trim());
        if (!product && plain && from && !GENERIC_PRODUCTS.has(plain[1]!) && !/^(a|an|the|some|all|most|many|its|their|other|more)\b/.test(plain[1]!)) {
          const at = objStart + object[2]!.indexOf(plain[1]!);
          product = { name: plain[1]!, start: at, end: at + plain[1]!.length };
        }
        if (!product && target?.form === 'demonym') {
          const head = /^\s*([a-z][a-z-]+)/.exec(view.sentence.text.slice(target.end - view.sentence.start));
          if (head && !GENERIC_PRODUCTS.has(head[1]!)) product = { name: head[1]!, start: target.end + head.index + head[0].length - head[1]!.length, end: target.end + head[0].length };
          else if (head) phrase = head[1]!;
        }
        if (!product && !target && /^(?:imports|goods|products|exports)$/.test(objText.trim())) phrase = objText.trim();
      }
      // "… of U.S. goods including orange juice, textiles and bourbon whiskey": every listed product.
      let listed: ProductHit[] = [];
      if (object) {
        const objStart = t.end + objectShift + object.index + object[0].length - object[2]!.length;
        const rest = view.sentence.text.slice(objStart - view.sentence.start);
        const list = /^[^,;()]{0,60}?\b(?:goods|products|imports|exports|items|produce)\s*,?\s+(?:including|such as|like|ranging from|from)\s+/.exec(rest);
        if (list) {
          const tail = rest.slice(list[0].length).split(/[;.()]|\s(?:in retaliation|in response|because|after|before|over|to|that|which|while)\s|,\s(?:which|while|but|in|as|the|a|and the)\s/)[0]!;
          listed = findProducts(tail, objStart + list[0].length);
          // The tariff is on the goods ("25% tariff on American goods"); the listed products are examples of them.
          if (listed.length > 0 && product && product.start >= objStart + list[0].length - 1) product = undefined;
          if (listed.length > 0 && !product && target?.form === 'demonym') phrase = 'goods';
        }
      }
      const named = t.between ? findProducts(t.between, view.sentence.start + view.sentence.text.indexOf(t.between, t.start - view.sentence.start))[0] : undefined;
      if (named) product = named;
      const inner = view.mentions.find((m) => m.type === 'Country' && m.start >= t.start && m.end <= t.end);
      // Target from the subject that "faces" the tariff: "Mexico also faces a 25 percent tariff".
      if (!target) {
        const before = view.mentions.filter((m) => m.type === 'Country' && m.end <= t.start).pop();
        const gap = before ? view.sentence.text.slice(before.end - view.sentence.start, t.start - view.sentence.start) : '';
        if (before && /\b(faces?|facing|hit with|subject to|slapped with|exposed to)\b/i.test(gap)) target = before;
      }
      const targetName = target ? (target.form === 'demonym' ? target.text : entities.get(target.entityId)?.name ?? target.text) : '';
      const kind = t.quoted ?? 'tariff';
      let label = `${t.rate}% ${kind}`;
      if (product) label += ` on ${target?.form === 'demonym' ? `${target.text} ` : ''}${product.name}${target && target.form !== 'demonym' ? ` from ${targetName}` : ''}`;
      else if (phrase && target) label += ` on ${targetName} ${phrase}`;
      else if (target) label += ` on ${entities.get(target.entityId)?.name ?? targetName}`;
      else if (!t.quoted) continue;
      const tariff = upsertEntity(entities, view, docId, { type: 'Tariff', key: tariffKey(t.rate, t.quoted, product?.name ?? (phrase || undefined), target?.entityId), name: label, start: t.start, end: Math.max(end, t.end), properties: { rate: t.rate, ...(product ? { product: product.name } : {}), label } });
      // Imposer: a country inside the phrase ("U.S. tariff"), a possessive, or the subject before it.
      let imposer: string | undefined = inner && inner.entityId !== target?.entityId ? inner.entityId : undefined;
      const relative = imposer ? null : RELATIVE_IMPOSER.exec(after);
      if (relative) {
        const words = relative[1] ?? relative[2]!;
        const from = t.end + (relative[1] ? relative[0].indexOf(words) : relative[0].length - words.length);
        const span = [from, from + words.length];
        const who = view.mentions.find((m) => (m.type === 'Country' || m.type === 'Person') && m.form !== 'demonym' && m.start >= span[0]! && m.end <= span[1]! + 1);
        const id = who && (who.type === 'Person' ? officeCountry.get(who.entityId) ?? who.entityId : who.entityId);
        if (id && id !== target?.entityId) imposer = id;
      }
      if (!imposer) {
        const subjects = view.mentions.filter((m) => (m.type === 'Country' || m.type === 'Person') && m.end <= t.start && m.entityId !== target?.entityId && m.form !== 'demonym');
        for (const s of subjects.reverse()) {
          const gap = view.sentence.text.slice(s.end - view.sentence.start, t.start - view.sentence.start);
          const id = s.type === 'Person' ? officeCountry.get(s.entityId) ?? s.entityId : s.entityId;
          if (id === target?.entityId) continue;
          if (IMPOSE_VERB.test(gap) || /^'s\b/.test(gap) || gap.length < 60) {
            imposer = id;
            break;
          }
        }
      }
      if (!imposer) {
        const afterSubject = /^\s*(?:that|which)?\s*(?:the\s+)?/.exec(after);
        const next = view.mentions.find((m) => m.type === 'Country' && m.start >= t.end && m.start <= t.end + (afterSubject?.[0].length ?? 0) + 40);
        if (next && next.entityId !== target?.entityId && /^\s*(?:that|which)?\s*(?:the\s+)?[\w.\s]+\s(placed|imposed|levied|put|slapped|set)/i.test(after)) imposer = next.entityId;
      }
      imposer ??= lastImposer !== target?.entityId ? lastImposer : undefined;
      if (imposer) {
        lastImposer = imposer;
        push(relationDraft('IMPOSES', imposer, tariff.entityId, view, inner ? 'tariff.imposer-in-phrase' : view.mentions.some((m) => m.entityId === imposer) ? 'tariff.imposer-in-sentence' : 'tariff.imposer-from-previous'));
      }
      if (target) push(relationDraft('TARGETS', tariff.entityId, target.entityId, view, 'tariff.target'));
      for (const extra of listed.filter((x) => x.name !== product?.name)) {
        const p = upsertEntity(entities, view, docId, { type: 'Product', key: extra.name, name: extra.name, start: extra.start, end: extra.end });
        push(relationDraft('ON_PRODUCT', tariff.entityId, p.entityId, view, 'tariff.listed-product'));
      }
      if (product) {
        const p = upsertEntity(entities, view, docId, { type: 'Product', key: product.name, name: product.name, start: product.start, end: product.end });
        push(relationDraft('ON_PRODUCT', tariff.entityId, p.entityId, view, 'tariff.product'));
      }
    }
  }
  return drafts;
}

export const tariffRules = defineFamily({
  family: 'tariff',
  rules: [
    { id: 'tariff.imposer-in-phrase', emits: ['IMPOSES'], description: 'the imposer inside the tariff phrase ("U.S. tariffs on …")' },
    { id: 'tariff.imposer-in-sentence', emits: ['IMPOSES'], description: 'the imposer is the subject, a relative clause or a passive "by X" in the sentence' },
    { id: 'tariff.imposer-from-previous', emits: ['IMPOSES'], description: 'no imposer in the sentence: the one of the previous tariff' },
    { id: 'tariff.target', emits: ['TARGETS'], description: 'the country a tariff is on ("on Canadian steel", "against Mexico")' },
    { id: 'tariff.product', emits: ['ON_PRODUCT'], description: 'the product of the tariff phrase' },
    { id: 'tariff.listed-product', emits: ['ON_PRODUCT'], description: 'products listed after the tariff ("goods including A, B and C")' }
  ],
  find: findTariffs,
});
