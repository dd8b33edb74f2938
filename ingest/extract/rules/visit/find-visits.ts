/* Extraction stage 5e: VISITED — a person, a travel cue, then a place or country. */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findDate } from '../../find-date.js';
import { entityId } from '../../../../ontology/ids.js';
import { countryGazetteer } from '../../country-gazetteer.js';

const CUE = /\b(visit(?:ed|ing|s)?|trip|travel|travell?ed|travell?ing|travels|flew|flies|arrived|arrives|arriving|toured|tours?|landed|was in|were in|is in|stopped in|headed to|heads to)\b/gi;

export function findVisits({ views, publishedAt, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const capitals = countryGazetteer().capitals;
  // "A met B in Lima": whoever holds office in another country than the capital's visited it.
  for (const view of views) {
    const meet = /\b(met|meets|meeting|talks|held talks|sat down)\b/i.exec(view.sentence.text);
    if (!meet || NEGATION.test(view.sentence.text.slice(0, meet.index))) continue;
    const from = view.sentence.start + meet.index;
    const place = view.mentions.find((m) => m.type === 'Place' && m.start > from && /\b(in|at)\s+$/.test(textBetween(view, m.start - 4, m.start)));
    const iso2 = place && capitals.get(place.name);
    if (!place || !iso2) continue;
    const near = (m: (typeof view.mentions)[number]): boolean => (m.start > from ? true : from - m.end < 80 && !/[.;:]|\b(said|told|says)\b/.test(textBetween(view, m.end, from)));
    for (const person of view.mentions.filter((m) => m.type === 'Person' && m.end <= place.start && near(m))) {
      const home = officeCountry.get(person.entityId);
      if (!home || home === entityId('Country', iso2)) continue;
      const d = relationDraft('VISITED', person.entityId, place.entityId, view, 'visit.met-in-foreign-capital', { date: findDate(view.sentence.text, publishedAt) ?? undefined });
      if (d) drafts.push(d);
    }
  }
  for (const view of views) {
    const people = view.mentions.filter((m) => m.type === 'Person');
    if (people.length === 0) continue;
    for (const cue of view.sentence.text.matchAll(CUE)) {
      const at = view.sentence.start + cue.index;
      const end = at + cue[0].length;
      const person = people.filter((p) => p.end <= at && at - p.end < 120).pop();
      if (!person) continue;
      const before = textBetween(view, person.end, at);
      if (NEGATION.test(before) || /[.;:]/.test(before) || (people.length > 1 && /\b(he|she|they)\b/i.test(before.replace(/^'s/, '')))) continue;
      const target = view.mentions.find((m) => (m.type === 'Place' || m.type === 'Country') && m.form !== 'demonym' && m.start >= end && m.start - end < 70);
      if (!target) continue;
      const gap = textBetween(view, end, target.start);
      const direct = /^\s*(the\s+)?$/.test(gap) && /^visit|^tour/i.test(cue[0]);
      if (!direct && !/\b(to|in|at)\s+(the\s+)?$/.test(cue[0] + gap)) continue;
      if (/[;]|\b(said|says)\b/.test(gap)) continue;
      const date = findDate(view.sentence.text, publishedAt) ?? undefined;
      const d = relationDraft('VISITED', person.entityId, target.entityId, view, direct || /^visit/i.test(cue[0]) ? 'visit.visit-verb' : 'visit.travel-to-place', { date });
      if (d) drafts.push(d);
    }
  }
  // "A hosted B at State House in Nairobi": the guest visited the place.
  for (const view of views) {
    for (const m of view.sentence.text.matchAll(/\b(hosted|hosts|welcomed|received)\s+/g)) {
      const at = view.sentence.start + m.index + m[0].length;
      const guest = view.mentions.find((x) => x.type === 'Person' && x.start >= at && x.start - at < 60);
      if (!guest) continue;
      const places = view.mentions.filter((x) => (x.type === 'Place' || x.type === 'Country') && x.form !== 'demonym' && x.start > guest.end && x.start - guest.end < 60 && /\b(at|in)\s+(the\s+)?$/.test(textBetween(view, guest.end, x.start).slice(-12)));
      for (const p of places) {
        const d = relationDraft('VISITED', guest.entityId, p.entityId, view, 'visit.hosted-guest', { date: findDate(view.sentence.text, publishedAt) ?? undefined });
        if (d) drafts.push(d);
      }
    }
  }
  return drafts;
}

export const visitRules = defineFamily({
  family: 'visit',
  rules: [
    { id: 'visit.visit-verb', emits: ['VISITED'], description: '"X visited Y", "X toured Y"' },
    { id: 'visit.travel-to-place', emits: ['VISITED'], description: 'a travel verb then "to/in/at" a place or country ("flew to", "arrived in")' },
    { id: 'visit.met-in-foreign-capital', emits: ['VISITED'], description: '"A met B in <capital>": A holds office in another country' },
    { id: 'visit.hosted-guest', emits: ['VISITED'], description: '"A hosted B at <place>": the guest visited the place' }
  ],
  find: findVisits,
});
