/* Extraction stage 5c: tariffs (rate + tariff/duty + product + target) and IMPOSES/TARGETS/ON_PRODUCT. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { upsertEntity } from '../../upsert-entity.js';
import { findProducts, type ProductHit } from '../../find-products.js';
import { GENERIC_PRODUCTS } from '../../lexicons/products.js';
import { resolveTariffKeys, tariffKey } from '../../tariff-key.js';
import { productPhrases } from '../../find-product-phrase.js';
import { countryGazetteer } from '../../country-gazetteer.js';
import type { ExtractedEntity } from '../../../../ontology/index.js';

/** Rates spelt out in words, as wire copy writes them ("a seven pct export tax"). */
const WORD_RATES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'one hundred': 100,
};
const RATE = String.raw`(\d+(?:\.\d+)?|${Object.keys(WORD_RATES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\s*(?:%|percent\b|per cent\b|pct\b|percentage points?\b)`;
const rateValue = (text: string): number => WORD_RATES[text.toLowerCase()] ?? Number(text);
const DUTY = String.raw`(?:counter-?|retaliatory |punitive |reciprocal |import |export |additional |extra |new |blanket |sweeping |anti-?dumping |countervailing |countervail |preferential |customs |protective |special |temporary |emergency )*(?:tariffs?|duties|duty|levy|levies|surcharges?|surtax(?:es)?|import tax(?:es)?|taxes|tax|(?:export |import )?charges?)\b`;
/** "25 percent tariff", "a 25 percent "security tariff"", "25 percent U.S. tariff". */
const RATE_FIRST = new RegExp(String.raw`\b${RATE}[\s-]*(?:("[^"]{2,40}")|((?:[\w.'-]+\s+){0,3}?))${DUTY}`, 'gi');
/** "a 25 percent "security tariff"": the duty word inside a quoted label. */
const QUOTED = new RegExp(String.raw`${RATE}\s*"([^"]{0,30}${DUTY}[^"]{0,20})"`, 'gi');
/** "tariffs of 50 percent", "tariffs of up to 150 percent". */
const DUTY_FIRST = new RegExp(String.raw`${DUTY}\s+(?:of|at)\s+(?:up to |as much as |about |around )?${RATE}`, 'gi');
/** "and 25 percent on some Mexican pharmaceuticals" after a tariff. */
const CONTINUATION = new RegExp(String.raw`\b(?:and|while|plus)\s+${RATE}\s+(?=on\b)`, 'gi');
const OBJECT =
  /^\s*(?:(?:that |which )?(?:it |they |(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} )(?:has |had |have )?(?:placed|imposed|levied|put|slapped|set)\s+|(?:imposed|levied|placed|set|slapped|announced|introduced) by (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s+|(?:imposed|levied|placed|applied|charged) (?:(?:last|this|next|in|since) [A-Z]?[a-z]+ )?)?(?:on|against|for)\s+((?:imports of |exports of |shipments of |imported |some |all |most |many |certain |[\d.,$€£]+\s*(?:billion|million|trillion)?\s*(?:(?:[A-Za-z]+\s+){0,2}(?:dollars|euros|pounds|yen|yuan)'?\s*)?(?:worth of\s+|of\s+)?)*)((?:[^,;.()]|\.(?=\S|\s+[a-z])){1,80})/;
/** "… that the United States plans to impose", "… imposed by Japan": the imposer named after the tariff. */
const RELATIVE_IMPOSER =
  /^[^.;]{0,90}?\b(?:(?:that|which)\s+(?:the\s+)?((?:[\w.'-]+\s+){1,4}?)(?:has\s+|had\s+|have\s+|plans?\s+to\s+|planned\s+to\s+|will\s+|would\s+|intends?\s+to\s+|is\s+set\s+to\s+|threatened\s+to\s+|wants?\s+to\s+|(?:is|was)\s+(?:planning|preparing|expected)\s+to\s+)?(?:impos|levi|levy|plac|put|slap|announc|introduc|threaten)\w*|(?:imposed|levied|placed|slapped|announced|introduced)\s+by\s+(?:the\s+)?((?:[\w.'-]+\s*){1,4}))/i;
/** A relative clause that only plans, intends or threatens the tariff. */
const PLANNED_RELATIVE =
  /\b(?:plans?\s+to|planned\s+to|will|would|intends?\s+to|is\s+set\s+to|threatened\s+to|threaten\w*|wants?\s+to|planning|preparing|expected)\b/i;
const IMPOSE_VERB =
  /\b(impos|subject|slap|levi|levy|announc|plac|put|keep|kept|rais|hik|threat|set|appl|charg|introduc|hit|unveil|order|decre|approv)\w*/i;

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
    found.push({
      rate: rateValue(m[1]!),
      start: base + m.index,
      end: base + m.index + m[0].length,
      ...(m[2] ? { quoted: m[2].replace(/"/g, '') } : {}),
      ...(m[3] ? { between: m[3] } : {}),
    });
  }
  for (const m of s.matchAll(QUOTED)) {
    found.push({ rate: rateValue(m[1]!), start: base + m.index, end: base + m.index + m[0].length, quoted: m[2]! });
  }
  // "the zero cotton duty", "a nil tariff": a rate of 0.
  for (const m of s.matchAll(/\b(?:zero|nil)\s+((?:[a-z-]+\s+){0,2}?)(?:import\s+)?(?:tariffs?|duty|duties)\b/gi)) {
    if (!found.some((f) => f.start <= base + m.index && base + m.index < f.end))
      found.push({ rate: 0, start: base + m.index, end: base + m.index + m[0].length, ...(m[1] ? { between: m[1] } : {}) });
  }
  for (const m of s.matchAll(DUTY_FIRST)) {
    if (!found.some((f) => f.start <= base + m.index && base + m.index < f.end))
      found.push({ rate: rateValue(m[1]!), start: base + m.index, end: base + m.index + m[0].length });
  }
  if (found.length > 0) {
    for (const m of s.matchAll(CONTINUATION)) {
      const at = base + m.index + m[0].indexOf(m[1]!);
      if (!found.some((f) => f.start <= at && at < f.end))
        found.push({ rate: rateValue(m[1]!), start: at, end: base + m.index + m[0].length - 1 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A bloc that sets tariffs for its members (a customs union, an economic community): it may impose one. */
const BLOC =
  /^(?:EC|EEC|EU|E\.U\.|E\.C\.)$|\b(?:European (?:Economic )?Community|European Union|Common Market|Customs Union|Economic Community|Economic Union)\b/;
function isBloc(entity: ExtractedEntity | undefined): boolean {
  return !!entity && entity.type === 'Organization' && (BLOC.test(entity.name) || entity.aliases.some((a) => /^(?:EC|EEC|EU)$/.test(a)));
}
/** A demonym standing for its government: "Canadian negotiators", "the Japanese government". */
const GOVERNMENT_NOUN = /^\s+(?:government|authorities|negotiators|officials|administration|ministry|cabinet|parliament)\b/i;
/** A country named in a currency ("U.S. dlrs", "Hong Kong dollars") is not a mention of the country. */
const CURRENCY_AFTER =
  /^\s*(?:dlrs?|dollars?|cents?|won|yen|yuan|renminbi|pesos?|francs?|marks?|crowns?|kroner|pounds|rupees?|rupiah|lire|lira|ringgit|baht|rand|\$)\b/i;
/** A tariff only threatened, sought or conditional: no IMPOSES (README: conventions, hard case 1). */
const UNREAL_BEFORE =
  /\b(?:threat\w*|warn\w*|could|might|may|seek\w*|sought|propos\w*|urg\w*|call(?:s|ed)? for|demand\w*|want\w*|consider\w*|ask\w*|request\w*|would|not|never|no)\b/i;
const UNREAL_AFTER = /^[^.;]*\b(?:unless|if)\b/i;
/** Verbs of having a tariff in place (cutting or abolishing one says it was imposed). */
const HAS_TARIFF_VERB =
  /\b(impos|slap|levi|levy|announc|plac|put|keep|kept|rais|hik|set|appl|charg|introduc|unveil|order|decre|approv|cut|reduc|lower|abolish|eliminat|lift|extend|maintain|retain|requir|collect|assess)\w*/i;
/** A duty word with no rate before it: "duties on U.S. corn", "a levy on maize", "export taxes on cotton". */
const NO_RATE = /\b(tariffs?|duty|duties|levy|levies|surtax(?:es)?|surcharges?|tax(?:es)?|charges?)\s+(?:on|against)\s+/gi;
/** Modifiers of a duty word that make a plain "tax" or "charge" a trade measure. */
const TRADE_MODIFIER = /\b(?:export|import|customs|anti-?dumping|countervail(?:ing)?)\s+(?:[a-z-]+\s+)?$/i;

interface Finding {
  view: SentenceView;
  rate?: number;
  quoted?: string;
  start: number;
  end: number;
  target?: ResolvedMention;
  /** False for an export tax: the exporting country imposes it and is no target. */
  targets: boolean;
  product?: { name: string; start: number; end: number };
  listed: ProductHit[];
  label: string;
  what?: string;
  imposer?: string;
  imposerRule?: string;
}

/** A country's demonym ("country:CA" → Canadian), for tariff names. */
function demonymOf(countryId: string): string | undefined {
  const iso2 = countryId.replace(/^country:/, '').toUpperCase();
  for (const [form, f] of countryGazetteer().forms)
    if (f.iso2 === iso2 && f.form === 'demonym' && /^\p{Lu}[\p{Ll}-]+$/u.test(form) && !/s$/.test(form)) return form;
  return undefined;
}

const isCurrency = (view: SentenceView, m: ResolvedMention): boolean =>
  CURRENCY_AFTER.test(view.sentence.text.slice(m.end - view.sentence.start));

/** A country, person or bloc that acts in the sentence (demonyms only when they stand for a government). */
function actorId(
  view: SentenceView,
  m: ResolvedMention,
  entities: Map<string, ExtractedEntity>,
  officeCountry: Map<string, string>,
): string | undefined {
  if (m.type === 'Person') return officeCountry.get(m.entityId) ?? m.entityId;
  if (m.type === 'Organization') return isBloc(entities.get(m.entityId)) ? m.entityId : undefined;
  if (m.type !== 'Country' || isCurrency(view, m)) return undefined;
  if (m.form === 'demonym' && !GOVERNMENT_NOUN.test(view.sentence.text.slice(m.end - view.sentence.start))) return undefined;
  return m.entityId;
}

/** Tariffs with a stated rate ("a 25 percent tariff on Canadian steel"). */
function ratedTariffs(
  view: SentenceView,
  entities: Map<string, ExtractedEntity>,
  officeCountry: Map<string, string>,
  lastImposer: { id?: string },
): Finding[] {
  const out: Finding[] = [];
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
      target = view.mentions.find(
        (m) =>
          m.type === 'Country' &&
          !isCurrency(view, m) &&
          m.start >= objStart &&
          m.end <= objStart + object[2]!.split(/\s(?:and|or|but|while|to|in|that|which|after|as)\s/)[0]!.length,
      );
      const products = findProducts(objText, objStart);
      product = products[0];
      if (objectShift) end = t.end;
      // "on yellow peas from Canada": a plain noun phrase names the product even outside the lexicon.
      const plain = /^([a-z][a-z-]+(?: [a-z][a-z-]+){0,2}?)(?: (?:imports|exports|shipments))?$/.exec(objText.trim());
      if (
        !product &&
        plain &&
        from &&
        !GENERIC_PRODUCTS.has(plain[1]!) &&
        !/^(a|an|the|some|all|most|many|its|their|other|more)\b/.test(plain[1]!)
      ) {
        const at = objStart + object[2]!.indexOf(plain[1]!);
        product = { name: plain[1]!, start: at, end: at + plain[1]!.length };
      }
      if (!product && !target && !from) product = productPhrases(objText, objStart)[0];
      if (target?.form === 'demonym' || (target && target.start === objStart)) {
        // "on Korean microwave ovens", "on Mexican frozen avocado pulp": the good after the demonym.
        const afterTarget = view.sentence.text.slice(target.end - view.sentence.start);
        const open = /^\s/.test(afterTarget)
          ? productPhrases(afterTarget.replace(/^\s+/, ''), target.end + (afterTarget.length - afterTarget.replace(/^\s+/, '').length))[0]
          : undefined;
        if (open && (!product || (open.name.includes(product.name) && open.name.length > product.name.length) || product.start > open.end))
          product = open;
        else if (!product && target.form === 'demonym') {
          const head = /^\s*([a-z][a-z-]+)/.exec(afterTarget);
          if (head && GENERIC_PRODUCTS.has(head[1]!)) phrase = head[1]!;
        }
      }
      if (!product && !target && /^(?:imports|goods|products|exports)$/.test(objText.trim())) phrase = objText.trim();
    }
    // The good named before the rate: "subjects Vietnamese cassava to a nine pct import duty",
    // "imports of goods such as Korean microwave ovens, where it has imposed 30 pct anti-dumping duties".
    if (!object) {
      const before = view.sentence.text.slice(0, t.start - view.sentence.start);
      const subjectTo = /\bsubject(?:s|ed|ing)?\s+([^,;]{2,60}?)\s+to\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$/.exec(before);
      const whereImposed =
        /(?:,\s*)(?:where|on which|against which|for which)\s+(?:[\w.]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?(?:impos|levi|plac|set|slap|appli)\w*\s+(?:a\s+|an\s+)?$/.exec(
          before,
        );
      const span = subjectTo
        ? [
            view.sentence.start + subjectTo.index + subjectTo[0].indexOf(subjectTo[1]!, 7),
            view.sentence.start + subjectTo.index + subjectTo[0].indexOf(subjectTo[1]!, 7) + subjectTo[1]!.length,
          ]
        : whereImposed
          ? [view.sentence.start + Math.max(0, whereImposed.index - 60), view.sentence.start + whereImposed.index]
          : null;
      if (span) {
        const country = view.mentions
          .filter((m) => m.type === 'Country' && !isCurrency(view, m) && m.start >= span[0]! && m.end <= span[1]!)
          .pop();
        const from = country ? country.end + 1 : span[0]!;
        const text = view.sentence.text.slice(from - view.sentence.start, span[1]! - view.sentence.start);
        const open = /^[a-z]/.test(text) ? productPhrases(text, from)[0] : undefined;
        const lexicon = findProducts(text, from).pop();
        const good =
          open && (!whereImposed || open.end >= span[1]! - 1)
            ? open
            : lexicon && (!whereImposed || lexicon.end >= span[1]! - 1)
              ? lexicon
              : undefined;
        if (good) {
          product = good;
          if (country && country.end + 1 === good.start) target = country;
        }
      }
    }
    // "… of U.S. goods including orange juice, textiles and bourbon whiskey": every listed product.
    let listed: ProductHit[] = [];
    if (object) {
      const objStart = t.end + objectShift + object.index + object[0].length - object[2]!.length;
      const rest = view.sentence.text.slice(objStart - view.sentence.start);
      const list =
        /^[^,;()]{0,60}?\b(?:goods|products|imports|exports|items|produce)\s*,?\s+(?:including|such as|like|ranging from|from)\s+/.exec(
          rest,
        );
      if (list) {
        const tail = rest
          .slice(list[0].length)
          .split(
            /[;.()]|\s(?:in retaliation|in response|because|after|before|over|to|that|which|while)\s|,\s(?:which|while|but|in|as|the|a|and the)\s/,
          )[0]!;
        listed = findProducts(tail, objStart + list[0].length);
        // The tariff is on the goods ("25% tariff on American goods"); the listed products are examples of them.
        if (listed.length > 0 && product && product.start >= objStart + list[0].length - 1) product = undefined;
        if (listed.length > 0 && !product && target?.form === 'demonym') phrase = 'goods';
      }
    }
    const named = t.between
      ? findProducts(t.between, view.sentence.start + view.sentence.text.indexOf(t.between, t.start - view.sentence.start))[0]
      : undefined;
    if (named) product = named;
    const inner = view.mentions.find((m) => m.type === 'Country' && !isCurrency(view, m) && m.start >= t.start && m.end <= t.end);
    // Target from the subject that "faces" the tariff: "Mexico also faces a 25 percent tariff".
    if (!target) {
      const before = view.mentions.filter((m) => m.type === 'Country' && !isCurrency(view, m) && m.end <= t.start).pop();
      const gap = before ? view.sentence.text.slice(before.end - view.sentence.start, t.start - view.sentence.start) : '';
      if (before && /\b(faces?|facing|hit with|subject to|slapped with|exposed to)\b/i.test(gap)) target = before;
    }
    // "Cement imports from Turkey fell … because of a 12 pct duty on imports from Turkey": the good whose imports from
    // the target the sentence names is the tariff's product.
    if (!product && !phrase && target && target.form !== 'demonym') {
      const lowered = view.sentence.text.toLowerCase();
      const goods = findProducts(lowered, view.sentence.start).filter((p) => {
        const next = /^\s+(?:imports|shipments|purchases)\s+from\s+(?:the\s+)?/i.exec(
          view.sentence.text.slice(p.end - view.sentence.start),
        );
        return next && view.mentions.some((m) => m.entityId === target!.entityId && m.start === p.end + next[0].length);
      });
      if (new Set(goods.map((g) => g.name)).size === 1) product = goods[0];
    }
    const exportTax = /\bexport\b/i.test(view.sentence.text.slice(t.start - view.sentence.start, t.end - view.sentence.start));
    const targetName = target ? (target.form === 'demonym' ? target.text : (entities.get(target.entityId)?.name ?? target.text)) : '';
    const kind = t.quoted ?? 'tariff';
    let label = `${t.rate}% ${kind}`;
    // README naming: "<rate>% tariff on <Demonym> <product>" ("on steel from Canada" → "on Canadian steel").
    if (product)
      label += ` on ${target && (target.form === 'demonym' || (product.start > target.end && product.start - target.end <= 1)) ? `${target.text} ` : ''}${target && target.form !== 'demonym' && !(product.start > target.end && product.start - target.end <= 1) ? (demonymOf(target.entityId) ? `${demonymOf(target.entityId)} ${product.name}` : `${product.name} from ${targetName}`) : product.name}`;
    else if (phrase && target) label += ` on ${targetName} ${phrase}`;
    else if (target) label += ` on ${entities.get(target.entityId)?.name ?? targetName}`;
    else if (!t.quoted) continue;
    // Imposer: a country inside the phrase ("U.S. tariff"), a possessive, or the subject before it.
    let imposer: string | undefined = inner && inner.entityId !== target?.entityId ? inner.entityId : undefined;
    let imposerRule = inner && imposer ? 'tariff.imposer-in-phrase' : 'tariff.imposer-in-sentence';
    // An export tax is imposed by the exporting country: "a 12 pct export tax on Indonesian raw nickel ore".
    if (exportTax && !imposer && target) {
      imposer = target.entityId;
      imposerRule = 'tariff.export-tax-imposer';
    }
    const relative = imposer ? null : RELATIVE_IMPOSER.exec(after);
    let unreal = false;
    if (relative) {
      const words = relative[1] ?? relative[2]!;
      const from = t.end + (relative[1] ? relative[0].indexOf(words) : relative[0].length - words.length);
      const span = [from, from + words.length];
      const who = view.mentions.find(
        (m) => (m.type === 'Country' || m.type === 'Person') && m.form !== 'demonym' && m.start >= span[0]! && m.end <= span[1]! + 1,
      );
      const id = who && (who.type === 'Person' ? (officeCountry.get(who.entityId) ?? who.entityId) : who.entityId);
      // "… that the United States plans to impose": only planned or threatened — nobody imposes it yet (hard case 1).
      if (id && id !== target?.entityId && PLANNED_RELATIVE.test(relative[0])) unreal = true;
      else if (id && id !== target?.entityId) imposer = id;
    }
    if (!imposer && !unreal) {
      const subjects = view.mentions.filter((m) => m.end <= t.start && m.entityId !== target?.entityId);
      for (const s of subjects.reverse()) {
        const id = actorId(view, s, entities, officeCountry);
        if (!id || id === target?.entityId) continue;
        const gap = view.sentence.text.slice(s.end - view.sentence.start, t.start - view.sentence.start);
        // The speaker ("Okafor said Ghana had gained from …") reports the tariff and does not impose it.
        if (/^\s*,?\s*(?:said|says|told|added|noted|argued|warned|explained)\b/.test(gap)) continue;
        if (IMPOSE_VERB.test(gap) || /^'s\b/.test(gap) || gap.length < 60) {
          imposer = id;
          break;
        }
      }
    }
    if (!imposer && !unreal) {
      const afterSubject = /^\s*(?:that|which)?\s*(?:the\s+)?/.exec(after);
      const next = view.mentions.find(
        (m) => m.type === 'Country' && !isCurrency(view, m) && m.start >= t.end && m.start <= t.end + (afterSubject?.[0].length ?? 0) + 40,
      );
      if (
        next &&
        next.entityId !== target?.entityId &&
        /^\s*(?:that|which)?\s*(?:the\s+)?[\w.\s]+\s(placed|imposed|levied|put|slapped|set)/i.test(after)
      )
        imposer = next.entityId;
    }
    if (exportTax && product && !target && imposer?.startsWith('country:') && demonymOf(imposer))
      label = label.replace(/ on /, ` on ${demonymOf(imposer)} `);
    if (!imposer && !unreal && lastImposer.id !== target?.entityId && lastImposer.id) {
      imposer = lastImposer.id;
      imposerRule = 'tariff.imposer-from-previous';
    }
    if (imposer) lastImposer.id = imposer;
    out.push({
      view,
      rate: t.rate,
      ...(t.quoted ? { quoted: t.quoted } : {}),
      start: t.start,
      end: Math.max(end, t.end),
      ...(target ? { target } : {}),
      targets: !exportTax,
      ...(product ? { product } : {}),
      listed,
      label,
      ...(product ? { what: product.name } : phrase ? { what: phrase } : {}),
      ...(imposer ? { imposer, imposerRule } : {}),
    });
  }
  return out;
}

/** Tariffs with no stated rate but a product or a target: "duties on U.S. corn imports", "a levy on barley and millet". */
function unratedTariffs(
  view: SentenceView,
  entities: Map<string, ExtractedEntity>,
  officeCountry: Map<string, string>,
  rated: Finding[],
): Finding[] {
  const out: Finding[] = [];
  const s = view.sentence.text;
  const base = view.sentence.start;
  if (s === s.toUpperCase()) return out;
  for (const m of s.matchAll(NO_RATE)) {
    const at = base + m.index;
    if (rated.some((f) => f.view === view && f.start <= at && at <= f.end + 2)) continue;
    const before = s.slice(0, m.index);
    const modified = TRADE_MODIFIER.test(before);
    const exportTax = /\bexport\s+(?:[a-z-]+\s+)?$/i.test(before);
    const objStart = at + m[0].length;
    const objText = s
      .slice(objStart - base)
      .split(
        /[,;()]|\s[-–—]+\s|(?<!\b[A-Z])\.(?:\s+[A-Z"]|\s*$)|\s(?:but|while|that|which|because|after|unless|if|in order|over|under|by|since)\s/,
      )[0]!
      .slice(0, 90);
    const objEnd = objStart + objText.length;
    const inObject = view.mentions.filter((x) => x.start >= objStart && x.end <= objEnd);
    // A capitalised name in the object that is not a country (a company, a person): not a product tariff.
    if (inObject.some((x) => x.type !== 'Country' && x.type !== 'Product') && !/^[a-z]/.test(objText)) continue;
    const target = inObject.find((x) => x.type === 'Country' && !isCurrency(view, x));
    const lexicon = findProducts(objText, objStart)[0];
    const openAt = target && target.start - objStart < 40 ? target.end + 1 : objStart;
    const open = productPhrases(s.slice(openAt - base), openAt);
    const product: { name: string; start: number; end: number } | undefined =
      open[0] &&
      (!lexicon || (open[0].name.includes(lexicon.name) && open[0].name.length > lexicon.name.length) || lexicon.start > open[0].end)
        ? open[0]
        : lexicon;
    // Open phrases inside the chosen lexicon good ("fats and oils") are that good, not more goods.
    const more = (open.length > 1 ? open.slice(1) : []).filter((o) => !(product && o.start >= product.start && o.end <= product.end));
    // A plain "tax" or "charge" is a trade measure only with a trade modifier or a named good.
    if (/^(?:tax|taxes|charges?)$/i.test(m[1]!) && !modified && !lexicon) continue;
    if (!product && !(target && modified)) continue;
    // Names: "tariff on U.S. corn", "tariff on Vietnamese cassava", "tariff on barley and millet".
    const adjective = target && product && product.start > target.end && product.start - target.end <= 1 ? `${target.text} ` : '';
    const goods = product ? [product, ...more].map((p) => p.name) : [];
    const label = product
      ? `tariff on ${adjective}${goods.length > 1 ? `${goods.slice(0, -1).join(', ')} and ${goods[goods.length - 1]}` : goods[0]}`
      : `tariff on ${entities.get(target!.entityId)?.name ?? target!.text}`;
    // Imposer: the actor just before the duty word ("EC tariffs", "Argentine export taxes"), or a subject with a verb of having it.
    let imposer: string | undefined;
    const imposerRule = 'tariff.unrated-imposer';
    // A clause ends at ';' or a full stop, not at the stop of an abbreviation ("the U.S. Commerce Department").
    const stops = [...before.matchAll(/;|(?<!\b(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|No|Co|Corp|Inc|Ltd))\.\s/g)];
    const clauseStart = stops.length > 0 ? stops[stops.length - 1]!.index + 1 : 0;
    if (!UNREAL_AFTER.test(s.slice(objEnd - base))) {
      const actors = view.mentions.filter((x) => x.end <= at && x.start >= base + clauseStart);
      for (const a of actors.reverse()) {
        const gap = s.slice(a.end - base, m.index);
        // "EC tariffs", "Japan's import duties", "the U.S. Highway Trust tax": a name of the measure may stand between.
        const adjacent =
          /^(?:'s)?\s+(?:[a-z-]+\s+|"?[A-Z][a-z]+"?\s+(?=(?:[a-z-]+\s+)?$)){0,2}$/.test(gap) &&
          a.type !== 'Person' &&
          !view.mentions.some((x) => x.start >= a.end && x.end <= at);
        const id = adjacent && a.type === 'Country' && !isCurrency(view, a) ? a.entityId : actorId(view, a, entities, officeCountry);
        if (!id) continue;
        if (adjacent || (HAS_TARIFF_VERB.test(gap) && gap.length < 80)) {
          if ((id !== target?.entityId || exportTax) && !UNREAL_BEFORE.test(gap)) imposer = id;
          break;
        }
      }
      if (!imposer && exportTax && target) imposer = target.entityId;
    }
    // An export tax is on the exporter's own goods: "Argentine export taxes on cotton" → "tariff on Argentine soybeans".
    const ownGoods =
      exportTax && product && !adjective && imposer?.startsWith('country:') && (!target || target.entityId === imposer)
        ? demonymOf(imposer)
        : undefined;
    const name = ownGoods ? label.replace(/^tariff on /, `tariff on ${ownGoods} `) : label;
    out.push({
      view,
      start: at,
      end: objEnd,
      ...(target ? { target } : {}),
      targets: !exportTax && target?.entityId !== imposer,
      ...(product ? { product } : {}),
      listed: more,
      label: name,
      ...(product ? { what: goods.join(' and ') } : {}),
      ...(imposer ? { imposer, imposerRule } : {}),
    });
  }
  return out;
}

function findTariffs({ views, entities, docId, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const push = (d: RelationDraft | null): void => void (d && drafts.push(d));
  const lastImposer: { id?: string } = {};
  const findings: Finding[] = [];
  for (const view of views) {
    const rated = ratedTariffs(view, entities, officeCountry, lastImposer);
    findings.push(...rated, ...unratedTariffs(view, entities, officeCountry, rated));
  }
  // A rate-less mention of a good that a rated tariff of the document is on is that tariff ("the duty on cement").
  for (const f of findings) {
    if (f.rate !== undefined || !f.what) continue;
    const rated = findings.find(
      (g) =>
        g.rate !== undefined &&
        g.what === f.what &&
        (!f.target || !g.target || g.target.entityId === f.target.entityId) &&
        (!f.imposer || !g.imposer || g.imposer === f.imposer),
    );
    if (rated)
      Object.assign(f, {
        rate: rated.rate,
        label: rated.label,
        what: rated.what,
        target: f.target ?? rated.target,
        imposer: f.imposer ?? rated.imposer,
        quoted: rated.quoted,
      });
  }
  const keys = resolveTariffKeys(
    findings.map((f) => ({ base: tariffKey(f.rate, f.quoted, f.what, f.target?.entityId), imposer: f.imposer })),
  );
  for (const [i, f] of findings.entries()) {
    const view = f.view;
    const tariff = upsertEntity(entities, view, docId, {
      type: 'Tariff',
      key: keys[i]!,
      name: f.label,
      start: f.start,
      end: f.end,
      properties: { ...(f.rate !== undefined ? { rate: f.rate } : {}), ...(f.product ? { product: f.product.name } : {}), label: f.label },
    });
    if (f.imposer) push(relationDraft('IMPOSES', f.imposer, tariff.entityId, view, f.imposerRule ?? 'tariff.imposer-in-sentence'));
    if (f.target && f.targets && f.target.entityId !== f.imposer)
      push(
        relationDraft(
          'TARGETS',
          tariff.entityId,
          f.target.entityId,
          view,
          f.rate === undefined ? 'tariff.unrated-target' : 'tariff.target',
        ),
      );
    for (const extra of f.listed.filter((x) => x.name !== f.product?.name)) {
      const p = upsertEntity(entities, view, docId, {
        type: 'Product',
        key: extra.name,
        name: extra.name,
        start: extra.start,
        end: extra.end,
      });
      push(relationDraft('ON_PRODUCT', tariff.entityId, p.entityId, view, 'tariff.listed-product'));
    }
    if (f.product) {
      const p = upsertEntity(entities, view, docId, {
        type: 'Product',
        key: f.product.name,
        name: f.product.name,
        start: f.product.start,
        end: f.product.end,
      });
      push(
        relationDraft('ON_PRODUCT', tariff.entityId, p.entityId, view, f.rate === undefined ? 'tariff.unrated-product' : 'tariff.product'),
      );
    }
  }
  return drafts;
}

export const tariffRules = defineFamily({ family: 'tariff', rules: ruleSpecs(specs), find: findTariffs });
