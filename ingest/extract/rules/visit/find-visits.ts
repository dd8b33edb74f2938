/* Extraction stage 5e: VISITED — a person, a travel cue, then a place or country. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findDate } from '../../find-date.js';
import { entityId } from '../../../../ontology/ids.js';
import { countryGazetteer } from '../../country-gazetteer.js';
import { datelineMeetingParticipants, datelinePlace } from '../dateline-meeting.js';

/** Being somewhere in person: "said here", "visiting", "told a news conference", "speaking at a meeting of". */
const PRESENCE =
  /\b(?:here\b(?!')|visiting\s+(?=\p{Lu})|(?:told|reminded|addressed|briefed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:news conference|press conference|briefing|conference|forum|meeting|seminar|symposium)|told reporters(?! by)|told\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ministers|delegates|delegations)\s+(?:of|from|at)\b|(?:at|to)\s+(?:a|an|the)\s+(?:news|press)\s+conference|(?:speaking|spoke)\s+(?:at|to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:meeting|conference|forum|seminar|symposium|session|summit|gathering))/giu;
/** Between a country and a name, a title of office only: " farm minister ", "'s first deputy prime minister ". */
const TITLE_BETWEEN =
  /^(?:'s)?\s+(?:[\w-]+\s+){0,4}(?:minister|secretary|president|premier|chancellor|ambassador|commissioner|representative|envoy|negotiator)\s+(?:(?:for|of)\s+(?:[\p{Lu}][\w-]*\s+){1,3})?$/iu;
/** Words that put the speaker elsewhere or at a distance. */
const REMOTE = /\b(?:by (?:tele)?phone|telephone|video|in a statement|in an interview|in a letter|wrote|in a televised)\b/i;

/** "TOKYO, April 21 - ... visiting U.S. Commerce Secretary Daniel Hollis told a press conference": a foreign office holder present in the dateline city. */
function visitorsAtDateline({ views, officeCountry, publishedAt }: RelationContext): RelationDraft[] {
  const dateline = datelinePlace(views);
  if (!dateline) return [];
  const drafts: RelationDraft[] = [];
  /** "Portuguese farm minister Luis Tavares", "U.S. Commerce Secretary Daniel Hollis": the country before the title. */
  const titleCountry = (id: string): string | undefined => {
    for (const view of views) {
      for (const p of view.mentions.filter((m) => m.type === 'Person' && m.entityId === id)) {
        const c = view.mentions.filter((m) => m.type === 'Country' && m.end <= p.start && p.start - m.end < 60).pop();
        if (c && TITLE_BETWEEN.test(textBetween(view, c.end, p.start))) return c.entityId;
      }
    }
    return undefined;
  };
  for (const view of views) {
    const people = view.mentions.filter((m) => m.type === 'Person');
    if (REMOTE.test(view.sentence.text)) continue;
    for (const cue of view.sentence.text.matchAll(PRESENCE)) {
      const at = view.sentence.start + cue.index;
      const end = at + cue[0].length;
      let person = /^visiting/i.test(cue[0])
        ? people.find((p) => p.start >= end && p.start - end < 60)
        : people.filter((p) => p.end <= at && at - p.end < 100).pop();
      // "... she told reporters here": the one person the previous sentence named.
      const k = views.indexOf(view);
      if (!person && k > 0 && /\b(?:he|she)\s+$/i.test(textBetween(view, Math.max(view.sentence.start, at - 12), at))) {
        const before = new Set(views[k - 1]!.mentions.filter((m) => m.type === 'Person').map((m) => m.entityId));
        if (before.size === 1 && !view.mentions.some((m) => m.type === 'Person' && m.start < at))
          person = views[k - 1]!.mentions.find((m) => m.type === 'Person');
      }
      if (!person) continue;
      const home = officeCountry.get(person.entityId) ?? titleCountry(person.entityId);
      if (!home || home === dateline.country) continue;
      const between =
        person.sentence !== view.sentence.index
          ? ''
          : /^visiting/i.test(cue[0])
            ? textBetween(view, end, person.start)
            : textBetween(view, person.end, at);
      if (/[;:"“”]/.test(between) || NEGATION.test(between) || /\b(?:would|will|plans? to|is to|due to|expected to)\b/i.test(between))
        continue;
      // "told reporters in Brussels": somewhere else than the dateline.
      const elsewhere = view.mentions.some(
        (m) =>
          (m.type === 'Place' || m.type === 'Country') &&
          m.entityId !== dateline.place &&
          m.start >= end &&
          m.start - end < 25 &&
          /\b(?:in|from|at)\s+(?:the\s+)?$/.test(textBetween(view, end, m.start)),
      );
      if (elsewhere) continue;
      const d = relationDraft('VISITED', person.entityId, dateline.place, view, 'visit.visitor-at-dateline', {
        date: findDate(view.sentence.text, publishedAt) ?? undefined,
      });
      if (d) drafts.push(d);
    }
  }
  // "Five energy ministers ended a two-day meeting" at the dateline: each participant from another country was there.
  const meeting = datelineMeetingParticipants(views);
  for (const person of meeting?.people ?? []) {
    const home = officeCountry.get(person.entityId) ?? titleCountry(person.entityId);
    if (!home || home === dateline.country) continue;
    const d = relationDraft('VISITED', person.entityId, dateline.place, meeting!.view, 'visit.dateline-meeting-participant', {
      date: findDate(meeting!.view.sentence.text, publishedAt) ?? undefined,
    });
    if (d) drafts.push(d);
  }
  // "MIZUHARA, Japan": a dateline that names the country puts the visitor in that country too.
  if (dateline.named) {
    for (const d of drafts.filter((x) => x.target === dateline.place)) {
      const e = relationDraft(
        'VISITED',
        d.source,
        dateline.country,
        views.find((v) => v.sentence.text === d.evidence) ?? views[0]!,
        'visit.dateline-country',
        { date: d.properties.date },
      );
      if (e) drafts.push(e);
    }
  }
  return drafts;
}

const CUE =
  /\b(visit(?:ed|ing|s)?|trip|travel|travell?ed|travell?ing|travels|flew|flies|arrived|arrives|arriving|toured|tours?|landed|(?:was|were|is)\s+(?:also\s+|still\s+|already\s+)?in|stopped in|head(?:ed|ing|s)\b(?=[^.;]{0,30}?\bto\b))\b/gi;
/** Right before the cue, a plan rather than a trip: "will visit", "plans to travel", "is due to arrive". */
const PLANNED =
  /\b(?:will|would|shall|to|may|might|could|must|should)\s+(?:also\s+|soon\s+|then\s+|later\s+|first\s+)?$|\b(?:will|would|shall|plans? to|planning to|due to|expected to|scheduled to|intends? to)\b/i;
/** "heading on Sunday morning to": only a time phrase between a "head" verb and "to". */
const HEAD_GAP = /^\s+(?:(?:on|late|early|this|last|next)\s+(?:\w+\s+){0,3}?)?(?:back\s+)?to\s+(?:the\s+)?$/i;
/** "Before visiting Jordan, Mr Harlow …", "After touring the plant in X, she …". */
const OPENING_VISIT = /^(?:After|Before|While|Since)\s+(?:visiting|touring|a visit to|(?:his|her) visit to|(?:a|his|her) trip to)\s+/;

function findVisits(ctx: RelationContext): RelationDraft[] {
  const { views, publishedAt, officeCountry } = ctx;
  const drafts: RelationDraft[] = visitorsAtDateline(ctx);
  const capitals = countryGazetteer().capitals;
  // "A met B in Lima": whoever holds office in another country than the capital's visited it.
  for (const view of views) {
    const meet = /\b(met|meets|meeting|talks|held talks|sat down)\b/i.exec(view.sentence.text);
    if (!meet || NEGATION.test(view.sentence.text.slice(0, meet.index))) continue;
    const from = view.sentence.start + meet.index;
    const place = view.mentions.find(
      (m) => m.type === 'Place' && m.start > from && /\b(in|at)\s+$/.test(textBetween(view, m.start - 4, m.start)),
    );
    const iso2 = place && capitals.get(place.name);
    if (!place || !iso2) continue;
    const near = (m: (typeof view.mentions)[number]): boolean =>
      m.start > from ? true : from - m.end < 80 && !/[.;:]|\b(said|told|says)\b/.test(textBetween(view, m.end, from));
    for (const person of view.mentions.filter((m) => m.type === 'Person' && m.end <= place.start && near(m))) {
      const home = officeCountry.get(person.entityId);
      if (!home || home === entityId('Country', iso2)) continue;
      const d = relationDraft('VISITED', person.entityId, place.entityId, view, 'visit.met-in-foreign-capital', {
        date: findDate(view.sentence.text, publishedAt) ?? undefined,
      });
      if (d) drafts.push(d);
    }
  }
  for (const [k, view] of views.entries()) {
    const people = view.mentions.filter((m) => m.type === 'Person');
    // "He also flew to Mosul": the one person the previous sentence named.
    const previous = k > 0 ? [...new Set(views[k - 1]!.mentions.filter((m) => m.type === 'Person').map((m) => m.entityId))] : [];
    const pronoun =
      people.length === 0 && previous.length === 1 && /^(?:He|She)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?\w+/.test(view.sentence.text)
        ? views[k - 1]!.mentions.find((m) => m.entityId === previous[0])
        : undefined;
    if (people.length === 0 && !pronoun) continue;
    const opening = OPENING_VISIT.exec(view.sentence.text);
    if (opening) {
      // "Before visiting Jordan, Mr Harlow made …": the subject after the comma visited the place.
      const at = view.sentence.start + opening[0].length;
      const target = view.mentions.find((m) => (m.type === 'Place' || m.type === 'Country') && m.form !== 'demonym' && m.start === at);
      const comma = view.sentence.text.indexOf(',', opening[0].length);
      const subject =
        comma > 0
          ? people.find(
              (p) =>
                p.start > view.sentence.start + comma &&
                /^,\s*(?:\p{Lu}[\w.]*\s+){0,4}$/u.test(textBetween(view, view.sentence.start + comma, p.start)),
            )
          : undefined;
      const d =
        target && subject
          ? relationDraft('VISITED', subject.entityId, target.entityId, view, 'visit.opening-visit-clause', {
              date: findDate(view.sentence.text, publishedAt) ?? undefined,
            })
          : null;
      if (d) drafts.push(d);
    }
    for (const cue of view.sentence.text.matchAll(CUE)) {
      const at = view.sentence.start + cue.index;
      const end = at + cue[0].length;
      const person = people.filter((p) => p.end <= at && at - p.end < 120).pop() ?? (pronoun && cue.index < 25 ? pronoun : undefined);
      if (!person) continue;
      const before = person === pronoun ? view.sentence.text.slice(0, cue.index) : textBetween(view, person.end, at);
      if (
        NEGATION.test(before) ||
        PLANNED.test(before) ||
        /[.;:]/.test(before) ||
        (people.length > 1 && /\b(he|she|they)\b/i.test(before.replace(/^'s/, '')))
      )
        continue;
      const target = view.mentions.find(
        (m) => (m.type === 'Place' || m.type === 'Country') && m.form !== 'demonym' && m.start >= end && m.start - end < 70,
      );
      if (!target) continue;
      const gap = textBetween(view, end, target.start);
      if (/^head/i.test(cue[0]) && !HEAD_GAP.test(gap)) continue;
      const direct = /^\s*(the\s+)?$/.test(gap) && /^visit|^tour/i.test(cue[0]);
      if (!direct && !/\b(to|in|at)\s+(the\s+)?$/.test(cue[0] + gap)) continue;
      if (/[;]|\b(said|says)\b/.test(gap)) continue;
      const date = findDate(view.sentence.text, publishedAt) ?? undefined;
      const d = relationDraft(
        'VISITED',
        person.entityId,
        target.entityId,
        view,
        direct || /^visit/i.test(cue[0]) ? 'visit.visit-verb' : 'visit.travel-to-place',
        { date },
      );
      if (d) drafts.push(d);
      // "… arrived in Mexico City and met the president at Los Pinos": where the traveller met someone, later in the sentence.
      if (!d) continue;
      for (const met of view.sentence.text.slice(end - view.sentence.start).matchAll(/\b(?:met|held talks|talked)\b/g)) {
        const from = end + met.index + met[0].length;
        const where = view.mentions.find(
          (m) =>
            (m.type === 'Place' || m.type === 'Country') &&
            m.form !== 'demonym' &&
            m.entityId !== target.entityId &&
            m.start > from &&
            m.start - from < 60 &&
            /\b(?:in|at)\s+(?:the\s+)?$/.test(textBetween(view, from, m.start)) &&
            !/[;,]/.test(textBetween(view, from, m.start)),
        );
        const e = where ? relationDraft('VISITED', person.entityId, where.entityId, view, 'visit.met-during-trip', { date }) : null;
        if (e) drafts.push(e);
      }
    }
  }
  // "A hosted B at State House in Nairobi": the guest visited the place.
  for (const view of views) {
    for (const m of view.sentence.text.matchAll(/\b(hosted|hosts|welcomed|received)\s+/g)) {
      const at = view.sentence.start + m.index + m[0].length;
      const guest = view.mentions.find((x) => x.type === 'Person' && x.start >= at && x.start - at < 60);
      if (!guest) continue;
      const places = view.mentions.filter(
        (x) =>
          (x.type === 'Place' || x.type === 'Country') &&
          x.form !== 'demonym' &&
          x.start > guest.end &&
          x.start - guest.end < 60 &&
          /\b(at|in)\s+(the\s+)?$/.test(textBetween(view, guest.end, x.start).slice(-12)),
      );
      for (const p of places) {
        const d = relationDraft('VISITED', guest.entityId, p.entityId, view, 'visit.hosted-guest', {
          date: findDate(view.sentence.text, publishedAt) ?? undefined,
        });
        if (d) drafts.push(d);
      }
    }
  }
  return drafts;
}

export const visitRules = defineFamily({ family: 'visit', rules: ruleSpecs(specs), find: findVisits });
