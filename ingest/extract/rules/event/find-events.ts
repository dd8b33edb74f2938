/* Extraction stage 5j: events — agreement reviews (REVIEWS), summits — and PART_OF, agreement dates. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { ExtractedEntity } from '../../../../ontology/index.js';
import type { RelationContext, RelationDraft, ResolvedMention } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { upsertEntity } from '../../upsert-entity.js';
import { textBetween } from '../../sentence-lookup.js';
import { findDate } from '../../find-date.js';

const REVIEW_BEFORE =
  /\b((?:joint|formal|mandatory|first|scheduled|upcoming|six-year|periodic|trilateral|planned|looming)\s+)*review\s+of\s+(?:the\s+)?(?:trilateral\s+|\d{4}\s+)?$/i;
const REVIEW_AFTER = /^\s*((?:joint\s+)?review)\b/i;
const SUMMIT_AFTER = /^\s*((?:leaders'?\s+)?(?:summit|conference|ministerial|forum))\b/;
const IN_FORCE = /\b(entered into (?:force|effect)|took effect|came into (?:force|effect)|in force since)\b/i;

const moreSpecific = (a: string | undefined, b: string | null): string | undefined => (b && (!a || b.length > a.length) ? b : a);

function findEvents({ views, entities, docId, publishedAt }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const reviewDates = new Map<string, string | undefined>();
  const reviews: { event: ResolvedMention; agreement: string; view: (typeof views)[number] }[] = [];
  const seen = new Map<string, number>();
  for (const view of views) {
    const date = findDate(view.sentence.text, publishedAt);
    // "The deal entered into effect in July 2020": the agreement most mentioned so far.
    const inForce = IN_FORCE.exec(view.sentence.text);
    const inForceDate = inForce
      ? findDate(view.sentence.text.slice(inForce.index, inForce.index + inForce[0].length + 30), publishedAt)
      : null;
    if (
      inForceDate &&
      /^(?:The|This) (?:deal|agreement|pact|accord|treaty)\b/.test(view.sentence.text) &&
      !view.mentions.some((m) => m.type === 'Agreement')
    ) {
      const main = [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      const e = main ? entities.get(main) : undefined;
      if (e && !e.properties.inForceOn) e.properties.inForceOn = inForceDate;
    }
    // "the three-day summit at Wrexley Hall": a summit or conference singled out by its length.
    for (const d of view.sentence.text.matchAll(/\b(?:a|the)\s+((?:two|three|four|five|\d)-day\s+(?:summit|conference))\b/gi)) {
      const start = view.sentence.start + d.index + d[0].length - d[1]!.length;
      if (view.mentions.some((x) => x.type === 'Event' && x.start <= start && x.end > start)) continue;
      const name = d[1]!.toLowerCase();
      const ev = upsertEntity(entities, view, docId, { type: 'Event', key: name, name, start, end: start + d[1]!.length });
      const e = entities.get(ev.entityId)!;
      if (date && !e.properties.date) e.properties.date = date;
    }
    for (const m of view.mentions) if (m.type === 'Agreement') seen.set(m.entityId, (seen.get(m.entityId) ?? 0) + 1);
    for (const m of [...view.mentions]) {
      if (m.type === 'Agreement') {
        const agreement = entities.get(m.entityId)!;
        const short = String(agreement.properties.acronym ?? agreement.name);
        const before = REVIEW_BEFORE.exec(textBetween(view, Math.max(view.sentence.start, m.start - 80), m.start));
        const after = REVIEW_AFTER.exec(textBetween(view, m.end, view.sentence.end));
        if (before || after) {
          const joint = /joint/i.test(before?.[0] ?? after?.[1] ?? '');
          const start = before ? m.start - before[0].length : m.start;
          const end = after ? m.end + after[0].length : m.end;
          const event = upsertEntity(entities, view, docId, {
            type: 'Event',
            key: `${short} review`,
            name: `${short} ${joint ? 'joint ' : ''}review`,
            start,
            end,
          });
          const e = entities.get(event.entityId)!;
          if (joint) e.name = `${short} joint review`;
          reviewDates.set(event.entityId, moreSpecific(reviewDates.get(event.entityId), date));
          reviews.push({ event, agreement: m.entityId, view });
        }
        if (inForceDate && !agreement.properties.inForceOn) agreement.properties.inForceOn = inForceDate;
      }
      if (m.type === 'Organization' || m.type === 'Place' || m.type === 'Country') {
        const summit = SUMMIT_AFTER.exec(textBetween(view, m.end, view.sentence.end));
        // "members of the APEC forum": the body itself, not a gathering.
        const membership = /\b(?:members?\s+of|belongs?\s+to|joined)\s+(?:the\s+)?$/i.test(textBetween(view, view.sentence.start, m.start));
        if (summit && !membership && !view.mentions.some((x) => x.type === 'Event' && x.start <= m.start && x.end >= m.end)) {
          const name = `${m.text} ${summit[1]}`;
          const ev = upsertEntity(entities, view, docId, { type: 'Event', key: name, name, start: m.start, end: m.end + summit[0].length });
          const e = entities.get(ev.entityId)!;
          if (date && !e.properties.date) e.properties.date = date;
          // "the G20 summit in Osaka": where it is held.
          const held = /^\s+(?:in|at)\s+(?:the\s+)?$/;
          const where = view.mentions.find(
            (x) =>
              x.type === 'Place' && x.start > m.end + summit[0].length && held.test(textBetween(view, m.end + summit[0].length, x.start)),
          );
          if (where && !e.properties.place) e.properties.place = where.name;
        }
      }
      // "next week's meeting of the WHO", "a meeting of the G7 … next week": a dated meeting of a named body.
      if (m.type === 'Organization' && !view.mentions.some((x) => x.type === 'Event' && x.start <= m.start && x.end >= m.end)) {
        const meeting =
          /\b(?:(next|last|this)\s+(?:week|month|year)'s\s+|(?:a|the)\s+)(meeting|ministerial meeting|summit|conference)\s+of\s+(?:the\s+)?$/i.exec(
            textBetween(view, Math.max(view.sentence.start, m.start - 60), m.start),
          );
        const dated =
          meeting &&
          (meeting[1] ||
            /^[^,;.]{0,40}?\b(?:next|last|this)\s+(?:week|month|year)\b|^[^,;.]{0,40}?\b(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
              textBetween(view, m.end, view.sentence.end),
            ));
        if (meeting && dated) {
          const name = `${meeting[2]!.toLowerCase()} of the ${m.text}`;
          const start = m.start - meeting[0].length + meeting[0].toLowerCase().indexOf(meeting[2]!.toLowerCase());
          const ev = upsertEntity(entities, view, docId, { type: 'Event', key: name, name, start, end: m.end });
          const e = entities.get(ev.entityId)!;
          if (date && !e.properties.date) e.properties.date = date;
        }
      }
      // "a summit in Lima in October": an unnamed gathering named by its place.
      if (m.type === 'Place') {
        const gathering =
          /\b(?:a|an|the|next|this|last)\s+((?:leaders'?\s+|regional\s+|trade\s+|bilateral\s+|ministerial\s+)?(?:summit|conference|ministerial meeting))\s+(?:in|at)\s+(?:the\s+)?$/i.exec(
            textBetween(view, Math.max(view.sentence.start, m.start - 60), m.start),
          );
        if (gathering && !view.mentions.some((x) => x.type === 'Event' && x.start <= m.start && x.end >= m.end)) {
          const name = `${m.name} ${gathering[1]!.toLowerCase()}`;
          const start = m.start - gathering[0].length + gathering[0].indexOf(gathering[1]!);
          const ev = upsertEntity(entities, view, docId, { type: 'Event', key: name, name, start, end: m.end });
          const e = entities.get(ev.entityId)!;
          const when = findDate(textBetween(view, m.end, Math.min(view.sentence.end, m.end + 30)), publishedAt) ?? date;
          if (when && !e.properties.date) e.properties.date = when;
          if (!e.properties.place) e.properties.place = m.name;
        }
      }
    }
  }
  for (const r of reviews) {
    const date = reviewDates.get(r.event.entityId);
    const event = entities.get(r.event.entityId)!;
    if (date) event.properties.date = date;
    const agreement = entities.get(r.agreement) as ExtractedEntity;
    if (date && (!agreement.properties.reviewOn || String(agreement.properties.reviewOn).length < date.length))
      agreement.properties.reviewOn = date;
    const d = relationDraft('REVIEWS', r.event.entityId, r.agreement, r.view, 'event.review-of-agreement', { date });
    if (d) drafts.push(d);
  }
  drafts.push(...partOf({ views, entities, docId, publishedAt, officeCountry: new Map() }));
  return drafts;
}

/** "As part of the deal, … unveiled an Action Plan": the plan is part of the document's main agreement. */
function partOf({ views, entities }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (m.type === 'Agreement') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  for (const view of views) {
    const cue =
      /\bas (?:a )?part of (?:the|this|that|their) (deal|agreement|partnership|pact|accord|framework)\b|\bunder (?:the|this) (partnership|agreement|framework)\b/i.exec(
        view.sentence.text,
      );
    if (!cue) continue;
    const part = view.mentions.find(
      (m) =>
        m.type === 'Agreement' && (m.start > view.sentence.start + cue.index + cue[0].length || m.end < view.sentence.start + cue.index),
    );
    if (!part) continue;
    const whole = [...counts.entries()]
      .filter(([id]) => id !== part.entityId && entities.get(id)?.type === 'Agreement' && !entities.get(id)?.properties.acronym)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!whole) continue;
    const d = relationDraft('PART_OF', part.entityId, whole, view, 'event.part-of-main-agreement');
    if (d) drafts.push(d);
  }
  return drafts;
}

export const eventRules = defineFamily({ family: 'event', rules: ruleSpecs(specs), find: findEvents });
