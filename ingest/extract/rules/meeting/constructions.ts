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

export const meetingConstructions: readonly Construction[] = [
  {
    id: 'meeting.verb-object',
    emits: ['MET_WITH'],
    description: '"A met (with) B and C", "A hosted/received/welcomed B": every pair of those named met',
    patterns: [
      [ent('Person', 'p'), appositive(), auxiliaries, word(...MEET), { lower: 'with', op: '?' }, ...list('Person', 'p', [titleWords()])],
    ],
    yields: [{ type: 'MET_WITH', from: 'p', to: 'p', pairs: true }],
    properties: withDate,
    accept: inPerson,
  },
  {
    id: 'meeting.held-talks-with',
    emits: ['MET_WITH'],
    description: '"A held talks / had a meeting / sat down with B"',
    patterns: [
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
    ],
    yields: [{ type: 'MET_WITH', from: 'a', to: 'b' }],
    properties: withDate,
    accept: inPerson,
  },
  {
    id: 'meeting.talks-between',
    emits: ['MET_WITH'],
    description: '"talks / a meeting between A and B": every pair of the list',
    patterns: [[{ lemma: TALKS }, { lower: 'between' }, titleWords(4), ...list('Person', 'p', [titleWords(4)])]],
    yields: [{ type: 'MET_WITH', from: 'p', to: 'p', pairs: true }],
    properties: withDate,
    accept: inPerson,
  },
  {
    id: 'meeting.possessive-meeting',
    emits: ['MET_WITH'],
    description: '"A\'s meeting / talks with B"',
    patterns: [
      [
        ent('Person', 'a'),
        { lower: ["'s", "'"] },
        { entity: false, pos: ['ADJ', 'NUM'], op: '*', max: 2 },
        { lemma: TALKS },
        { lower: 'with' },
        ...list('Person', 'b', [titleWords()]),
      ],
    ],
    yields: [{ type: 'MET_WITH', from: 'a', to: 'b' }],
    properties: withDate,
    accept: inPerson,
  },
  {
    id: 'meeting.meeting-included',
    emits: ['MET_WITH'],
    description: '"The meeting (at X) included A, B and C", "talks attended by A and B": every pair of those named',
    patterns: [
      [
        { lemma: TALKS },
        { not: [{ pos: ['VERB', 'AUX'] }, { lower: ['.', ';', ','] }, { type: 'Person' }], op: '*', max: 5 },
        { lemma: ['include', 'bring', 'gather', 'attend', 'involve'] },
        { lower: ['together', 'by'], op: '?' },
        ...list('Person', 'p', [titleWords()], [heldIn]),
      ],
      [{ lemma: TALKS }, { lemma: 'be' }, { lower: 'attended' }, { lower: 'by' }, ...list('Person', 'p', [titleWords()], [heldIn])],
    ],
    yields: [{ type: 'MET_WITH', from: 'p', to: 'p', pairs: true }],
    properties: withDate,
    accept: inPerson,
  },
  {
    id: 'meeting.passive-host',
    emits: ['MET_WITH'],
    description: '"B was received / welcomed / hosted by A"',
    patterns: [
      [
        ent('Person', 'b'),
        appositive(),
        { lemma: ['be', 'get'] },
        auxiliaries,
        word('receive', 'welcome', 'host', 'greet'),
        { lower: 'by' },
        ...list('Person', 'a', [titleWords()]),
      ],
    ],
    yields: [{ type: 'MET_WITH', from: 'a', to: 'b' }],
    properties: withDate,
    accept: inPerson,
  },
  {
    id: 'meeting.joint-subjects',
    emits: ['MET_WITH'],
    description: '"A and B met / held talks / signed the accord": every pair of the subjects',
    patterns: [
      [...list('Person', 'p', [titleWords(4)]), appositive(), auxiliaries, word('meet', 'sign', 'talk')],
      [
        ...list('Person', 'p', [titleWords(4)]),
        appositive(),
        auxiliaries,
        word('hold', 'have'),
        { entity: false, pos: ['DET', 'ADJ', 'NUM'], op: '*', max: 3 },
        { lemma: TALKS },
      ],
    ],
    yields: [{ type: 'MET_WITH', from: 'p', to: 'p', pairs: true }],
    properties: withDate,
    accept: inPerson,
  },
];
