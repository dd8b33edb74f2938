/* Visit constructions: the ways English says a person travelled to a place, as patterns over units. */

import { inPerson, withDate, type Accept, type Construction } from '../constructions.js';
import { appositive, auxiliaries, ent, heldIn, list, titleWords, word } from '../pattern-parts.js';

const WHERE = ['Place', 'Country'] as const;
const TRIP = ['visit', 'visits', 'trip', 'trips', 'tour', 'tours', 'stay', 'mission', 'arrival'];
/** Determiners, adjectives and numbers before a trip noun: "a two-day official", "his first". */
const tripModifiers = {
  entity: false,
  pos: ['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN'],
  not: { lemma: TRIP },
  op: '*',
  max: 4,
} as const;

/** A country is not visited by the person who holds office in it. */
const awayFromHome: Accept = (m, _u, _v, ctx) => {
  const who = m.captures['a']?.[0]?.mention?.entityId;
  const home = who ? ctx.officeCountry.get(who) : undefined;
  return !(m.captures['b'] ?? []).some((u) => u.mention!.entityId === home);
};

export const visitConstructions: readonly Construction[] = [
  {
    id: 'visit.travel-verb',
    emits: ['VISITED'],
    description: '"A visited/toured B", "A arrived in B", "A travelled/flew to B"',
    patterns: [
      [ent('Person', 'a'), appositive(), auxiliaries, word('visit', 'tour'), { lower: 'the', op: '?' }, ...list(WHERE, 'b')],
      [
        ent('Person', 'a'),
        appositive(),
        auxiliaries,
        word('arrive', 'land'),
        { pos: 'ADV', op: '?' },
        { lower: ['in', 'at'] },
        { lower: 'the', op: '?' },
        ent(WHERE, 'b'),
      ],
      [
        ent('Person', 'a'),
        appositive(),
        auxiliaries,
        word('travel', 'fly', 'go', 'come', 'head', 'journey'),
        { pos: 'ADV', op: '?' },
        { lower: 'to' },
        { lower: 'the', op: '?' },
        ...list(WHERE, 'b'),
      ],
    ],
    yields: [{ type: 'VISITED', from: 'a', to: 'b' }],
    properties: withDate,
    accept: awayFromHome,
  },
  {
    id: 'visit.trip-noun',
    emits: ['VISITED'],
    description: '"A\'s visit to B", "A, on a three-day trip to B", "during his tour of B"',
    patterns: [
      [
        ent('Person', 'a'),
        { lower: ["'s", "'"] },
        tripModifiers,
        { lemma: TRIP },
        { lower: ['to', 'of', 'in'] },
        { lower: 'the', op: '?' },
        ...list(WHERE, 'b'),
      ],
      [
        ent('Person', 'a'),
        { lower: ',', op: '?' },
        { lower: ['who', 'is', 'was', 'be'], op: '*', max: 2 },
        { lower: ['on', 'during'] },
        tripModifiers,
        { lemma: TRIP },
        { lower: ['to', 'of', 'in'] },
        { lower: 'the', op: '?' },
        ...list(WHERE, 'b'),
      ],
    ],
    yields: [{ type: 'VISITED', from: 'a', to: 'b' }],
    properties: withDate,
    accept: awayFromHome,
  },
  {
    id: 'visit.fronted-trip',
    emits: ['VISITED'],
    description: '"On a visit to B, A said …", "During his trip to B, Prime Minister A …"',
    patterns: [
      [
        { lower: ['on', 'during'] },
        tripModifiers,
        { lemma: TRIP },
        { lower: ['to', 'of'] },
        { lower: 'the', op: '?' },
        ...list(WHERE, 'b'),
        { lower: ',' },
        { not: [{ pos: ['VERB', 'AUX', 'PUNCT'] }, { type: 'Person' }], op: '*', max: 4 },
        ent('Person', 'a'),
      ],
    ],
    yields: [{ type: 'VISITED', from: 'a', to: 'b' }],
    properties: withDate,
    accept: awayFromHome,
  },
  {
    id: 'visit.meeting-place',
    emits: ['VISITED'],
    description:
      '"The meeting at B included A and C", "A was in B visiting C", "A met D during a ministers\' meeting in B": those present visited the place',
    patterns: [
      [
        { lemma: ['meeting', 'talks', 'summit', 'conference', 'session'] },
        { lower: ['at', 'in'] },
        { lower: 'the', op: '?' },
        ent(WHERE, 'b'),
        { not: [{ pos: ['VERB', 'AUX'] }, { lower: ['.', ';'] }, { type: 'Person' }], op: '*', max: 3 },
        { lemma: ['include', 'bring', 'gather', 'involve'] },
        { lower: ['together'], op: '?' },
        ...list('Person', 'a', [titleWords()], [heldIn]),
      ],
      [
        ent('Person', 'a'),
        { lemma: 'be' },
        { lower: 'in' },
        ent(WHERE, 'c'),
        { lower: 'visiting' },
        { lower: 'the', op: '?' },
        ...list(WHERE, 'b'),
      ],
    ],
    yields: [
      { type: 'VISITED', from: 'a', to: 'b' },
      { type: 'VISITED', from: 'a', to: 'c' },
    ],
    properties: withDate,
    accept: (m, u, v, ctx) => awayFromHome(m, u, v, ctx) && inPerson(m, u, v, ctx),
  },
];
