/* Extraction stage 5d: MET_WITH — two people in one sentence joined by a meeting cue. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findDate } from '../../find-date.js';
import { datelineMeetingParticipants } from '../dateline-meeting.js';

const CUE =
  /\b(met|meet|meets|meeting|talks|talked|spoke|speaking|hosted|hosts|hosting|host|received|welcomed|greeted|conference with|alongside|sat down with|phone call with|call with|summit with|sign\w*[^.]{0,60}\bwith)\b/i;
/** A meeting still to come: "is due to travel to Brussels for talks with", "will meet", "plans to hold talks with". */
const PLANNED =
  /\b(?:will|would|shall|plans? to|planning to|due to|expected to|scheduled to|set to|intends? to|hopes? to|to meet|to hold)\b/i;
const JOINT = /^\s*and\s*$/;
/** "A and the EU's energy commissioner, B, signed": a title between "and" and the second name. */
const JOINT_APPOSITIVE = /^\s*and\s+(?:the\s+|his\s+|her\s+)?[^,;.]{2,60},\s*$/;
const JOINT_VERB = /^\s*(met|meet|held talks|hold talks|talked|spoke|agreed|signed|launched|unveiled)\b/i;

function findMeetings({ views, entities, publishedAt }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    const people = view.mentions.filter((m) => m.type === 'Person');
    const unique: ResolvedMention[] = [];
    for (const p of people) if (!unique.some((u) => u.entityId === p.entityId)) unique.push(p);
    if (unique.length < 2) continue;
    const date = findDate(view.sentence.text, publishedAt) ?? undefined;
    const placeAfter = (m: ResolvedMention): string | undefined => {
      const where = view.mentions.find(
        (x) =>
          (x.type === 'Place' || x.type === 'Event') &&
          x.start > m.end &&
          x.start - m.end < 30 &&
          /\b(at|in)\s+(the\s+)?$/.test(textBetween(view, m.end, x.start)),
      );
      return where ? entities.get(where.entityId)?.name : undefined;
    };
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i]!;
        const b = unique[j]!;
        const gap = textBetween(view, a.end, b.start);
        let rule = '';
        const between = unique.slice(i + 1, j);
        const objectOfCue = (m: ResolvedMention): boolean =>
          /\b(met|meet|meeting|with|hosted|hosting|received|welcomed|alongside)\s+(?:[A-Z][\w.'-]*\s+){0,5}$/.test(
            textBetween(view, Math.max(view.sentence.start, m.start - 70), m.start),
          );
        const speaker = /^,?\s*(said|says|told|added)\b/.test(textBetween(view, b.end, view.sentence.end)) && /,\s*$/.test(gap);
        const subjectIsObject = objectOfCue(a) && !/^\s*and\s*$/.test(gap);
        if (speaker || subjectIsObject || !between.every(objectOfCue)) continue;
        if (gap.length <= 90 && CUE.test(gap) && !NEGATION.test(gap) && !PLANNED.test(gap)) rule = 'meeting.cue-between-names';
        else if (
          (JOINT.test(gap.replace(/,[^,]*,/, '')) || JOINT_APPOSITIVE.test(gap)) &&
          JOINT_VERB.test(
            textBetween(view, b.end, view.sentence.end)
              .replace(/^,[^,]*,/, '')
              .replace(/^,\s*/, '')
              .replace(/^\s*(also|both|have|had|will|on \w+)\s+/, ''),
          )
        )
          rule = 'meeting.joint-subject-verb';
        // "hosted A and B": a later person coordinated with one already met.
        else if (
          j > i + 1 &&
          /^\s*(,|and|, and)\s*$/.test(textBetween(view, unique[j - 1]!.end, b.start).replace(/\b[A-Z][\w-]*( and [A-Z][\w-]*)?\s/g, '')) &&
          drafts.some(
            (d) =>
              d.evidence === view.sentence.text &&
              (d.source === unique[j - 1]!.entityId || d.target === unique[j - 1]!.entityId) &&
              (d.source === a.entityId || d.target === a.entityId),
          )
        )
          rule = 'meeting.coordinated-guests';
        if (!rule) continue;
        const d = relationDraft('MET_WITH', a.entityId, b.entityId, view, rule, { date, place: placeAfter(b) });
        if (d) drafts.push(d);
      }
    }
  }
  drafts.push(...guestLists(views, publishedAt), ...afterTalksClauses(views, publishedAt));
  // "Five energy ministers ended a two-day meeting" and four people named: each pair met.
  const meeting = datelineMeetingParticipants(views);
  for (const [i, a] of (meeting?.people ?? []).entries()) {
    for (const b of meeting!.people.slice(i + 1)) {
      const d = relationDraft('MET_WITH', a.entityId, b.entityId, meeting!.view, 'meeting.counted-participants', {
        date: findDate(meeting!.view.sentence.text, publishedAt) ?? undefined,
      });
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

/** A meeting cue with the host before it and one or more guests after it. */
const HOST_CUE =
  /\b(?:met(?:\s+with)?|(?:held|holds|had)\s+(?:\w+\s+){0,2}talks\s+with|(?:at|after|during)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}meeting\s+with|hosted|received|welcomed)\s+/g;
const REMOTE_MEETING = /\b(?:phone|telephone|video|call|virtual|online|wrote|letter)\b/i;

/**
 * "Okonjo met President Ruben Kasongo and Kenyan ambassador to Lisbon Daniel Mwangi",
 * "Harlow held talks with his Peruvian counterpart, Tomas Ibarra, and the Chilean leader, Marta Quiroga":
 * the host met every guest of the list.
 */
function guestLists(views: RelationContext['views'], publishedAt: string | null): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    const people = view.mentions.filter((m) => m.type === 'Person');
    if (people.length < 2 || REMOTE_MEETING.test(view.sentence.text)) continue;
    for (const cue of view.sentence.text.matchAll(HOST_CUE)) {
      const at = view.sentence.start + cue.index;
      const end = at + cue[0].length;
      // The host is the subject, not the guest of an earlier cue ("met Modi at X and later held talks with Goyal").
      const isGuest = (p: ResolvedMention): boolean =>
        /\b(?:met|meet|with|hosted|received|welcomed)\s+(?:[\p{Lu}][\w.'-]*\s+){0,5}$/u.test(
          textBetween(view, Math.max(view.sentence.start, p.start - 70), p.start),
        );
      const host = people.filter((p) => p.end <= at && at - p.end < 150 && !isGuest(p)).pop();
      if (!host) continue;
      const lead = textBetween(view, host.end, at);
      if (/[;]|\b(?:said|says|told|tells)\b/.test(lead) || NEGATION.test(lead) || PLANNED.test(lead)) continue;
      const guests: ResolvedMention[] = [];
      let from = end;
      for (const p of people.filter((m) => m.start >= end)) {
        const gap = textBetween(view, from, p.start);
        const ok =
          guests.length === 0
            ? gap.length <= 70 && !/[;]|\b(?:said|says|who|which|where)\b/.test(gap)
            : /^,?\s*(?:and|as well as|,)\s+(?:[^,;]{0,60},\s*)?$/.test(gap.replace(/^,\s*(?=and\b)/, ', ')) &&
              !/\b(?:said|says|who|which|where)\b/.test(gap);
        if (!ok) break;
        guests.push(p);
        from = p.end;
        // ", the Kenyan president," after a name.
        const appositive = /^,\s+(?:the|his|her|a)\s+[^,;.]{2,60}(?=,)/.exec(textBetween(view, from, view.sentence.end));
        if (appositive && !people.some((m) => m.start > from && m.start < from + appositive[0].length)) from += appositive[0].length;
      }
      for (const g of guests) {
        const d =
          g.entityId !== host.entityId
            ? relationDraft('MET_WITH', host.entityId, g.entityId, view, 'meeting.guest-list', {
                date: findDate(view.sentence.text, publishedAt) ?? undefined,
              })
            : null;
        if (d) drafts.push(d);
      }
    }
  }
  return drafts;
}

/** "Speaking after fisheries talks with Korea's ocean minister Park Jin-ho, Hollis said": the subject met the person of the opening clause. */
const AFTER_TALKS = /^(?:Speaking\s+)?(?:After|Following|after|following)\s+(?:[\w-]+\s+){0,4}(?:talks|meetings?|discussions)\s+with\s+/;

function afterTalksClauses(views: RelationContext['views'], publishedAt: string | null): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    const opening = AFTER_TALKS.exec(view.sentence.text);
    if (!opening || REMOTE_MEETING.test(view.sentence.text)) continue;
    const comma = view.sentence.text.indexOf(',', opening[0].length);
    if (comma < 0) continue;
    const split = view.sentence.start + comma;
    const guests = view.mentions.filter((m) => m.type === 'Person' && m.start >= view.sentence.start + opening[0].length && m.end <= split);
    const subject = view.mentions.find(
      (m) => m.type === 'Person' && m.start > split && /^,\s*(?:(?:the\s+)?[\w.'-]+\s+){0,4}$/.test(textBetween(view, split, m.start)),
    );
    if (!subject) continue;
    for (const g of guests) {
      const d = relationDraft('MET_WITH', subject.entityId, g.entityId, view, 'meeting.after-talks-clause', {
        date: findDate(view.sentence.text, publishedAt) ?? undefined,
      });
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

export const meetingRules = defineFamily({ family: 'meeting', rules: ruleSpecs(specs), find: findMeetings });
