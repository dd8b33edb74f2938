/* Extraction rules: the shared pieces constructions are written from — lists, appositives, gaps, verb groups. */

import type { PrimaryEntityLabel } from '../../../ontology/index.js';
import type { Step, UnitTest } from '../match-pattern.js';

type Types = PrimaryEntityLabel | readonly PrimaryEntityLabel[];

/** A mention of `type`, captured as `as`. */
export const ent = (type: Types, as: string): Step => ({ type, as });

/** A word by lemma (or lower-cased form, for words wink leaves unlemmatized when capitalised). */
export const word = (...words: string[]): Step => ({ lemma: words });

const CLAUSE_END: UnitTest = { lower: ['.', ';', ':', '!', '?', '"', '“', '”', '(', ')'] };

/** ", the Vesta trade minister," — a parenthetical between commas, naming no entity of `not`. */
export const appositive = (not: Types = ['Person']): Step => ({
  seq: [{ lower: ',' }, { not: [CLAUSE_END, { lower: ',' }, { type: not }], op: '+', max: 9 }, { lower: ',' }],
  op: '?',
});

/** One word of a title: no clause boundary, verb, subordinator or person. */
const TITLE_WORD: Step = {
  // A capitalised word inside a title is no verb ("Acting Assistant Secretary").
  not: [CLAUSE_END, { pos: ['VERB', 'AUX', 'SCONJ'], cap: false }, { lower: ['who', 'which', 'that', 'while', 'but'] }, { type: 'Person' }],
};
/** Words that may stand between a title and a name or before a name: "Prime Minister", "his counterpart ,". */
export const titleWords = (max = 6): Step => ({
  seq: [
    { ...TITLE_WORD, op: '*', max },
    // "President Ana Ruiz's Commerce Secretary Tom Berg": the holder's possessor is part of the title.
    { seq: [{ type: ['Person', 'Country', 'Organization'] }, { lower: ["'s", "'", '’s'] }, { ...TITLE_WORD, op: '+', max }], op: '?' },
  ],
});

/** Auxiliaries and adverbs before a main verb: "has already", "had", "also". */
export const auxiliaries: Step = { pos: ['AUX', 'ADV', 'PART'], not: { lemma: ['not', "n't", 'never'] }, op: '*', max: 3 };

/** After a person's name, the place or country they hold office in: "A of Ostland". */
export const heldIn: Step = { seq: [{ lower: 'of' }, { lower: 'the', op: '?' }, { type: ['Place', 'Country'] }], op: '?' };

/** A coordinated list of mentions: "A", "A and B", "A, B, and C", "A as well as B"; `after` may follow each member. */
export const list = (type: Types, as: string, between: Step[] = [], after: Step[] = []): Step[] => [
  ...between.map((s) => ({ ...s })),
  { type, as },
  ...after.map((s) => ({ ...s })),
  {
    seq: [
      { lower: [',', 'and', '&', '/'] },
      { lower: ['and', 'as'], op: '?' },
      { lower: ['well'], op: '?' },
      { lower: ['as'], op: '?' },
      { lower: ['the'], op: '?' },
      ...between.map((s) => ({ ...s })),
      { type, as },
      ...after.map((s) => ({ ...s })),
    ],
    op: '*',
    max: 12,
  },
];

/** A list whose members may each carry an appositive: "A, for Norland, and B, ambassador of Vesta". */
export const appositiveList = (type: Types, as: string): Step[] => [
  { type, as },
  { seq: [{ lower: ',' }, { not: [CLAUSE_END, { lower: ',' }, { type }], op: '+', max: 6 }, { lower: ',' }], op: '?' },
  {
    seq: [
      { lower: [',', 'and'] },
      { lower: 'and', op: '?' },
      { type, as },
      { seq: [{ lower: ',' }, { not: [CLAUSE_END, { lower: ',' }, { type }], op: '+', max: 6 }, { lower: [','] }], op: '?' },
    ],
    op: '*',
    max: 8,
  },
];
