/* Meeting constructions: the ways English says two people met, as patterns over units. */

import { inPerson, withDate, type Construction } from '../constructions.js';
import { appositive, auxiliaries, ent, heldIn, list, titleWords, word } from '../pattern-parts.js';

/** Verbs whose subject met their object in person. */
const MEET = ['meet', 'host', 'receive', 'welcome', 'greet'];
/** Nouns naming a meeting held between people. */
const TALKS = [
  'talk',
  'talks',
  'meeting',
  'meetings',
  'discussion',
  'discussions',
  'summit',
  'negotiation',
  'negotiations',
  'consultation',
  'consultations',
];

/**
 * A meeting construction: MET_WITH between every pair captured as `p` ('pairs'), or from each `a` to
 * each `b` ('a-b'); dated when the sentence dates it, and only for a meeting in person.
 */
function meeting(id: string, description: string, ends: 'pairs' | 'a-b', patterns: Construction['patterns']): Construction {
  return {
    id,
    emits: ['MET_WITH'],
    description,
    patterns,
    yields: [ends === 'pairs' ? { type: 'MET_WITH', from: 'p', to: 'p', pairs: true } : { type: 'MET_WITH', from: 'a', to: 'b' }],
    properties: withDate,
    accept: inPerson,
  };
}

export const meetingConstructions: readonly Construction[] = [
  meeting('meeting.verb-object', '"A met (with) B and C", "A hosted/received/welcomed B": every pair of those named met', 'pairs', [
    [ent('Person', 'p'), appositive(), auxiliaries, word(...MEET), { lower: 'with', op: '?' }, ...list('Person', 'p', [titleWords()])],
  ]),
  meeting('meeting.held-talks-with', '"A held talks / had a meeting / sat down with B"', 'a-b', [
    [
      ent('Person', 'a'),
      appositive(),
      auxiliaries,
      word('hold', 'have', 'conduct', 'sit'),
      { not: { pos: ['PUNCT', 'VERB'] }, entity: false, op: '*', max: 3 },
      { lemma: [...TALKS, 'down'] },
      { lower: 'with' },
      ...list('Person', 'b', [titleWords()]),
    ],
  ]),
  meeting('meeting.talks-between', '"talks / a meeting between A and B": every pair of the list', 'pairs', [
    [{ lemma: TALKS }, { lower: 'between' }, titleWords(4), ...list('Person', 'p', [titleWords(4)])],
  ]),
  meeting('meeting.possessive-meeting', '"A\'s meeting / talks with B"', 'a-b', [
    [
      ent('Person', 'a'),
      { lower: ["'s", "'"] },
      { entity: false, pos: ['ADJ', 'NUM'], op: '*', max: 2 },
      { lemma: TALKS },
      { lower: 'with' },
      ...list('Person', 'b', [titleWords()]),
    ],
  ]),
  meeting(
    'meeting.meeting-included',
    '"The meeting (at X) included A, B and C", "talks attended by A and B": every pair of those named',
    'pairs',
    [
      [
        { lemma: TALKS },
        { not: [{ pos: ['VERB', 'AUX'] }, { lower: ['.', ';', ','] }, { type: 'Person' }], op: '*', max: 5 },
        { lemma: ['include', 'bring', 'gather', 'attend', 'involve'] },
        { lower: ['together', 'by'], op: '?' },
        ...list('Person', 'p', [titleWords()], [heldIn]),
      ],
      [{ lemma: TALKS }, { lemma: 'be' }, { lower: 'attended' }, { lower: 'by' }, ...list('Person', 'p', [titleWords()], [heldIn])],
    ],
  ),
  meeting('meeting.passive-host', '"B was received / welcomed / hosted by A"', 'a-b', [
    [
      ent('Person', 'b'),
      appositive(),
      { lemma: ['be', 'get'] },
      auxiliaries,
      word('receive', 'welcome', 'host', 'greet'),
      { lower: 'by' },
      ...list('Person', 'a', [titleWords()]),
    ],
  ]),
  meeting('meeting.joint-subjects', '"A and B met / held talks / signed the accord": every pair of the subjects', 'pairs', [
    [...list('Person', 'p', [titleWords(8)]), appositive(), auxiliaries, word('meet', 'sign', 'talk')],
    [
      ...list('Person', 'p', [titleWords(4)]),
      appositive(),
      auxiliaries,
      word('hold', 'have'),
      { entity: false, pos: ['DET', 'ADJ', 'NUM'], op: '*', max: 3 },
      { lemma: TALKS },
    ],
  ]),
  meeting(
    'meeting.joint-appearance',
    '"Remarks / Joint Statement by A and B", "the dialogue was co-chaired by A and B": those who spoke or chaired together met',
    'pairs',
    [
      [{ lower: ['remarks', 'statement', 'declaration'] }, { lower: 'by' }, ...list('Person', 'p', [titleWords(6)], [heldIn])],
      [
        { lower: ['co-chaired', 'co-hosted', 'chaired', 'opened', 'hosted', 'led'] },
        { lower: 'by' },
        ...list('Person', 'p', [titleWords(8)], [appositive(['Person'])]),
      ],
    ],
  ),
  meeting('meeting.at-invitation', '"At the invitation of A, B traveled to …": the guest met the host', 'a-b', [
    [
      { lower: 'invitation' },
      { lower: 'of' },
      titleWords(6),
      ent('Person', 'a'),
      { lower: ',' },
      titleWords(6),
      ent('Person', 'b'),
      { pos: ['VERB', 'AUX'] },
    ],
  ]),
];
