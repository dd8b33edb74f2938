/* Membership constructions: the ways English says a country belongs to a bloc, as patterns over units. */

import type { Construction } from '../constructions.js';
import { auxiliaries, ent, list } from '../pattern-parts.js';

/** Nouns for the members of a bloc. */
const MEMBERS = [
  'member',
  'members',
  'state',
  'states',
  'country',
  'countries',
  'nation',
  'nations',
  'partner',
  'partners',
  'government',
  'governments',
  'economy',
  'economies',
  'signatory',
  'signatories',
];
const INCLUDE = [
  'include',
  'including',
  'includes',
  'comprise',
  'comprising',
  'comprises',
  'group',
  'groups',
  'unite',
  'unites',
  'bring',
  'brings',
  'join',
  'joins',
];
const the = { lower: 'the', op: '?' } as const;

export const membershipConstructions: readonly Construction[] = [
  {
    id: 'membership.list-apposed-members',
    emits: ['MEMBER_OF'],
    description: '"A, B and C, (all) members of Y", "A and B, both Y members": each country of the list',
    patterns: [
      [
        ...list('Country', 'm'),
        { lower: ',' },
        { lower: ['all', 'both', 'fellow', 'two', 'three', 'four', 'five', 'six', 'the'], op: '*', max: 2 },
        { lemma: ['member', 'members'] },
        { lower: ['of', 'in'] },
        the,
        ent('Organization', 'o'),
      ],
      [
        ...list('Country', 'm'),
        { lower: ',' },
        { lower: ['all', 'both', 'fellow', 'the'], op: '*', max: 2 },
        ent('Organization', 'o'),
        { lemma: MEMBERS },
      ],
    ],
    realis: false,
    yields: [{ type: 'MEMBER_OF', from: 'm', to: 'o' }],
  },
  {
    id: 'membership.bloc-members-list',
    emits: ['MEMBER_OF'],
    description: '"Y members A and B", "fellow Y member A", "Y countries such as A, B and C"',
    patterns: [
      [
        ent('Organization', 'o'),
        { lower: ["'s", "'"], op: '?' },
        { pos: ['ADJ', 'NUM'], entity: false, op: '*', max: 2 },
        { lemma: MEMBERS },
        { lower: ['such', 'as', 'including', 'like', 'namely', ','], op: '*', max: 2 },
        the,
        ...list('Country', 'm'),
      ],
      [
        { lemma: MEMBERS },
        { lower: 'of' },
        the,
        ent('Organization', 'o'),
        { lower: ['such', 'as', 'including', 'like', 'namely', ','], op: '*', max: 2 },
        the,
        ...list('Country', 'm'),
      ],
    ],
    realis: false,
    yields: [{ type: 'MEMBER_OF', from: 'm', to: 'o' }],
  },
  {
    id: 'membership.bloc-comprises',
    emits: ['MEMBER_OF'],
    description: '"Y, which includes A, B and C", "Y groups A and B", "Y (comprising A and B)"',
    patterns: [
      [
        ent('Organization', 'o'),
        { lower: [',', '(', '–', '-'], op: '?' },
        { lower: ['which', 'that', 'whose'], op: '?' },
        { lower: ['also', 'now'], op: '?' },
        { lemma: INCLUDE },
        { lower: ['members', 'countries', 'such', 'as'], op: '*', max: 2 },
        the,
        ...list('Country', 'm'),
      ],
    ],
    realis: false,
    yields: [{ type: 'MEMBER_OF', from: 'm', to: 'o' }],
  },
  {
    id: 'membership.country-membership',
    emits: ['MEMBER_OF'],
    description: '"A\'s membership of/in Y", "A, a member of Y", "A is a (founding) member of Y", "A joined Y"',
    patterns: [
      [
        ent('Country', 'm'),
        { lower: ["'s", "'"] },
        { lemma: ['membership', 'seat'] },
        { lower: ['of', 'in', 'on'] },
        the,
        ent('Organization', 'o'),
      ],
      [
        ...list('Country', 'm'),
        { lower: ',', op: '?' },
        { lemma: 'be', op: '?' },
        auxiliaries,
        { lower: ['a', 'an', 'the', 'both', 'all'], op: '?' },
        { pos: ['ADJ', 'NUM'], entity: false, op: '*', max: 2 },
        { lemma: ['member', 'members'] },
        { lower: ['of', 'in'] },
        the,
        ent('Organization', 'o'),
      ],
      [...list('Country', 'm'), auxiliaries, { lemma: ['join', 'rejoin'] }, the, ent('Organization', 'o')],
    ],
    yields: [{ type: 'MEMBER_OF', from: 'm', to: 'o' }],
  },
  {
    id: 'membership.other-members',
    emits: ['MEMBER_OF'],
    description: '"A and other Y members", "A and its Y partners": the country named with the rest of the bloc',
    patterns: [
      [
        ...list('Country', 'm'),
        { lower: ['and', ','] },
        { lower: ['other', 'fellow', 'its', 'their', 'the'] },
        { lower: 'other', op: '?' },
        ent('Organization', 'o'),
        { lemma: MEMBERS },
      ],
    ],
    realis: false,
    yields: [{ type: 'MEMBER_OF', from: 'm', to: 'o' }],
  },
];
