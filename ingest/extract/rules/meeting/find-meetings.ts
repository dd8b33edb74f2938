/* Extraction stage 5d: MET_WITH — two people in one sentence joined by a meeting cue. */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft, ResolvedMention } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { findDate } from '../../find-date.js';

const CUE = /\b(met|meet|meets|meeting|talks|talked|spoke|speaking|hosted|hosts|hosting|host|received|welcomed|greeted|conference with|alongside|sat down with|phone call with|call with|summit with|sign\w*[^.]{0,60}\bwith)\b/i;
/** A meeting still to come: "is due to travel to Brussels for talks with", "will meet", "plans to hold talks with". */
const PLANNED = /\b(?:will|would|shall|plans? to|planning to|due to|expected to|scheduled to|set to|intends? to|hopes? to|to meet|to hold)\b/i;
const JOINT = /^\s*and\s*$/;
const JOINT_VERB = /^\s*(met|meet|held talks|hold talks|talked|spoke|agreed|signed|launched|unveiled)\b/i;

export function findMeetings({ views, entities, publishedAt }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (const view of views) {
    const people = view.mentions.filter((m) => m.type === 'Person');
    const unique: ResolvedMention[] = [];
    for (const p of people) if (!unique.some((u) => u.entityId === p.entityId)) unique.push(p);
    if (unique.length < 2) continue;
    const date = findDate(view.sentence.text, publishedAt) ?? undefined;
    const placeAfter = (m: ResolvedMention): string | undefined => {
      const where = view.mentions.find((x) => (x.type === 'Place' || x.type === 'Event') && x.start > m.end && x.start - m.end < 30 && /\b(at|in)\s+(the\s+)?$/.test(textBetween(view, m.end, x.start)));
      return where ? entities.get(where.entityId)?.name : undefined;
    };
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i]!;
        const b = unique[j]!;
        const gap = textBetween(view, a.end, b.start);
        let rule = '';
        const between = unique.slice(i + 1, j);
        const objectOfCue = (m: ResolvedMention): boolean => /\b(met|meet|meeting|with|hosted|hosting|received|welcomed|alongside)\s+(?:[A-Z][\w.'-]*\s+){0,5}$/.test(textBetween(view, Math.max(view.sentence.start, m.start - 70), m.start));
        const speaker = /^,?\s*(said|says|told|added)\b/.test(textBetween(view, b.end, view.sentence.end)) && /,\s*$/.test(gap);
        const subjectIsObject = objectOfCue(a) && !/^\s*and\s*$/.test(gap);
        if (speaker || subjectIsObject || !between.every(objectOfCue)) continue;
        if (gap.length <= 90 && CUE.test(gap) && !NEGATION.test(gap) && !PLANNED.test(gap)) rule = 'meeting.cue-between-names';
        else if (JOINT.test(gap.replace(/,[^,]*,/, '')) && JOINT_VERB.test(textBetween(view, b.end, view.sentence.end).replace(/^,[^,]*,/, '').replace(/^\s*(also|both|have|had|will|on \w+)\s+/, ''))) rule = 'meeting.joint-subject-verb';
        // "hosted A and B": a later person coordinated with one already met.
        else if (j > i + 1 && /^\s*(,|and|, and)\s*$/.test(textBetween(view, unique[j - 1]!.end, b.start).replace(/\b[A-Z][\w-]*( and [A-Z][\w-]*)?\s/g, '')) && drafts.some((d) => d.evidence === view.sentence.text && (d.source === unique[j - 1]!.entityId || d.target === unique[j - 1]!.entityId) && (d.source === a.entityId || d.target === a.entityId))) rule = 'meeting.coordinated-guests';
        if (!rule) continue;
        const d = relationDraft('MET_WITH', a.entityId, b.entityId, view, rule, { date, place: placeAfter(b) });
        if (d) drafts.push(d);
      }
    }
  }
  return drafts;
}

export const meetingRules = defineFamily({
  family: 'meeting',
  rules: [
    { id: 'meeting.cue-between-names', emits: ['MET_WITH'], description: 'two people joined by a meeting cue ("A met B", "A held talks with B")' },
    { id: 'meeting.joint-subject-verb', emits: ['MET_WITH'], description: '"A and B met / held talks / signed"' },
    { id: 'meeting.coordinated-guests', emits: ['MET_WITH'], description: '"A hosted B and C": a later guest coordinated with one already met' }
  ],
  find: findMeetings,
});
