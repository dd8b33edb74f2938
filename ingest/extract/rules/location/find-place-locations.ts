/* Extraction stage 5b': LOCATED_IN from wording — "the Brazilian city of X", "X in southern Y", "X, the Kenyan port". */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { textBetween } from '../../sentence-lookup.js';
import { countryGazetteer } from '../../country-gazetteer.js';
import { entityId } from '../../../../ontology/ids.js';

const KIND = String.raw`(?:port\s+)?(?:city|town|port|province|state|region|capital|village|island|county|district|prefecture)`;
/** "the Brazilian city of " right before the place. */
const KIND_OF = new RegExp(String.raw`\b(?:the\s+)?(\S+(?:\s+\S+)?)\s+${KIND}\s+of\s+$`, 'i');
/** " in southern ", " in the north of " right after the place. */
const IN_PART = /^\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|far\s+\w+)\s+(?:of\s+)?(?:the\s+)?$/i;
/** ", the Kenyan port city," / ", a city in " right after the place. */
const APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:the|a)\s+(?:(?:\S+\s+){0,2}${KIND}(?:\s+city)?\s*(?:,|$)|(?:\S+\s+)?${KIND}\s+(?:in|of)\s+(?:(?:north|south|east|west)\w*\s+|central\s+)?(?:the\s+)?$)`,
  'i',
);

const COUNTRY_OR_PLACE = (m: ResolvedMention): boolean => m.type === 'Country' || m.type === 'Place';

/** "the northern city of X" with no country named: the dateline's country ("MEXICO CITY, Nov 14 -"). */
const DIRECTION_KIND_OF = new RegExp(
  String.raw`\bthe\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|coastal|border|industrial)\s+${KIND}\s+of\s+$`,
  'i',
);

function datelineCountry(views: SentenceView[]): string | undefined {
  const first = views.find((v) => /^\p{Lu}{3,}[\p{Lu} .]*(?:,|\s\(|\s-)/u.test(v.sentence.text));
  const m = first?.mentions[0];
  if (!m || m.start !== first!.sentence.start) return undefined;
  if (m.type === 'Country') return m.entityId;
  const iso2 = m.type === 'Place' ? countryGazetteer().capitals.get(m.name) : undefined;
  return iso2 ? entityId('Country', iso2) : undefined;
}

function locate(view: SentenceView, m: ResolvedMention, home: string | undefined): ResolvedMention | string | undefined {
  const window = textBetween(view, Math.max(view.sentence.start, m.start - 60), m.start);
  const before = KIND_OF.exec(window);
  if (before) {
    const from = m.start - before[0].length;
    const c = view.mentions.find((x) => x.type === 'Country' && x.start >= from && x.end <= m.start);
    if (c) return c;
  }
  if (home && DIRECTION_KIND_OF.test(window)) return home;
  for (const x of view.mentions.filter((x) => COUNTRY_OR_PLACE(x) && x.start > m.end && x.start - m.end < 60)) {
    const gap = textBetween(view, m.end, x.start);
    if (IN_PART.test(gap) && x.form !== 'demonym') return x;
    if (APPOSITIVE.test(gap) && !/,\s+\S/.test(gap.slice(1))) return x;
    // "Guadalajara, Mexico's second-largest city".
    if (
      x.type === 'Country' &&
      x.form !== 'demonym' &&
      /^,\s+$/.test(gap) &&
      new RegExp(String.raw`^'s?\s+(?:[\w-]+\s+){0,3}${KIND}\b`, 'i').test(textBetween(view, x.end, view.sentence.end))
    )
      return x;
    if (
      x.form === 'demonym' &&
      /^,\s+(?:the|a)\s+$/i.test(gap) &&
      new RegExp(String.raw`^\s+${KIND}\b`, 'i').test(textBetween(view, x.end, view.sentence.end))
    )
      return x;
    break;
  }
  return undefined;
}

/** A place named by its kind: "… International Airport", "… Province", "… Island". */
const POSSESSED_PLACE =
  /\s(?:Airport|airport|Port|port|Harbour|Harbor|Square|Palace|District|Province|province|Island|island|Bay|Bridge|Station|Refinery|refinery|Plant|plant)$/;

/** A dateline's place pair: "MIZUHARA, JAPAN, April 26 -", "LAKE CHARLES, La., March 3 -". */
const DATELINE_PAIR = /^,\s+[^,]{2,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\b/;

function datelinePair(views: SentenceView[]): RelationDraft | null {
  for (const view of views.slice(0, 4)) {
    const [city, where] = view.mentions;
    if (!city || !where || city.type !== 'Place' || city.start !== view.sentence.start || !/^\p{Lu}{3,}/u.test(city.text)) continue;
    if (!COUNTRY_OR_PLACE(where) || where.form === 'demonym' || textBetween(view, city.end, where.start) !== ', ') continue;
    if (!DATELINE_PAIR.test(textBetween(view, city.end, view.sentence.end))) continue;
    return relationDraft('LOCATED_IN', city.entityId, where.entityId, view, 'location.dateline-city-country');
  }
  return null;
}

function findPlaceLocations({ views }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const home = datelineCountry(views);
  const dateline = datelinePair(views);
  if (dateline) drafts.push(dateline);
  // "Marseille's Provence Airport", "Accra's new Kotoka East International Airport", "Japan's Hokkaido island".
  for (const view of views) {
    for (const y of view.mentions.filter((m) => m.type === 'Place' && POSSESSED_PLACE.test(m.text))) {
      const x = view.mentions.filter((m) => COUNTRY_OR_PLACE(m) && m.form !== 'demonym' && m.end < y.start && y.start - m.end < 30).pop();
      if (!x || !/^'s\s+(?:\p{Ll}+\s+){0,2}$/u.test(textBetween(view, x.end, y.start))) continue;
      const d = relationDraft('LOCATED_IN', y.entityId, x.entityId, view, 'location.possessive-place');
      if (d) drafts.push(d);
    }
  }
  for (const view of views) {
    for (const m of view.mentions.filter((x) => x.type === 'Place')) {
      const found = locate(view, m, home);
      const where = typeof found === 'string' ? found : found?.entityId;
      const d =
        where && where !== m.entityId
          ? relationDraft(
              'LOCATED_IN',
              m.entityId,
              where,
              view,
              typeof found === 'string' ? 'location.region-of-dateline-country' : 'location.place-in-place',
            )
          : null;
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

export const locationRules = defineFamily({ family: 'location', rules: ruleSpecs(specs), find: findPlaceLocations });
