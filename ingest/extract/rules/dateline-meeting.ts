/* The dateline's place and a meeting held there, shared by the visit and meeting rules. */

import type { RelationContext, ResolvedMention } from '../types.js';
import { NEGATION, textBetween } from '../sentence-lookup.js';
import { entityId } from '../../../ontology/ids.js';
import { countryGazetteer } from '../country-gazetteer.js';

type Views = RelationContext['views'];

/** The dateline's place ("TOKYO, April 21 -") and the country it is in, when the text or the gazetteer's capitals tell; `named` when the dateline itself names the country ("MIZUHARA, Japan"). */
export function datelinePlace(views: Views): { place: string; country: string; named: boolean } | null {
  for (const view of views.slice(0, 4)) {
    const first = view.mentions[0];
    if (!first || first.start !== view.sentence.start || !/^\p{Lu}{3,}/u.test(first.text)) continue;
    if (!/^\s*(?:,|\(|-|—)/.test(textBetween(view, first.end, view.sentence.end))) continue;
    if (first.type === 'Country') return { place: first.entityId, country: first.entityId, named: false };
    if (first.type !== 'Place') return null;
    const second = view.mentions[1];
    if (second?.type === 'Country' && second.form !== 'demonym' && textBetween(view, first.end, second.start) === ', ')
      return { place: first.entityId, country: second.entityId, named: true };
    const iso2 = countryGazetteer().capitals.get(first.name);
    return iso2 ? { place: first.entityId, country: entityId('Country', iso2), named: false } : null;
  }
  return null;
}

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "Five energy ministers ended a two-day meeting", "The two leaders held talks": a counted group of office holders and a meeting that took place. */
const COUNTED_GROUP =
  /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z][\w-]*\s+){0,3}?(?:ministers|leaders|presidents|premiers|secretaries|envoys|negotiators|commissioners|heads of (?:state|government))\s+(?:(?:from|of)\s+[^,;.]{0,60}?\s+)?(?:have\s+|had\s+)?(?:ended|concluded|wound up|closed|held|opened|began|met|signed)\b/i;
const MEETING_WORD = /\b(?:met|meeting|meetings|talks|summit|conference|session|signed)\b/i;

/**
 * "MIZUHARA, Japan - Five energy ministers ended a two-day meeting …": when the lead counts the
 * participants of a meeting held at the dateline and the story names exactly that many people,
 * those people are the participants.
 */
export function datelineMeetingParticipants(views: Views): { people: ResolvedMention[]; view: Views[number] } | null {
  if (!datelinePlace(views)) return null;
  for (const view of views.slice(0, 3)) {
    const m = COUNTED_GROUP.exec(view.sentence.text);
    if (!m || NEGATION.test(m[0]) || !MEETING_WORD.test(view.sentence.text.slice(m.index))) continue;
    if (/\b(?:will|would|plans? to|due to|expected to|scheduled to)\b/i.test(m[0])) continue;
    const count = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const people = new Map<string, ResolvedMention>();
    for (const v of views) for (const p of v.mentions) if (p.type === 'Person' && !people.has(p.entityId)) people.set(p.entityId, p);
    if (people.size !== count) return null;
    return { people: [...people.values()], view };
  }
  return null;
}
