/* Membership constructions: the ways English says a country belongs to a bloc, as patterns over units. */

import type { Construction } from '../constructions.js';
import { auxiliaries, ent, list } from '../pattern-parts.js';
import { isBloc } from '../../document-facts.js';

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
    description:
      '"Y, which includes A, B and C", "Y groups A and B", "Y (comprising A and B)", "Y\'s members include A", "A, B and C form Y"',
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
      // "Y's 12 members include A and B", "Y's members are A, B and C".
      [
        ent('Organization', 'o'),
        { lower: ["'s", "'"] },
        { pos: 'NUM', op: '?' },
        { lemma: ['member', 'members'] },
        { lower: ['include', 'includes', 'included', 'are', 'were'] },
        the,
        ...list('Country', 'm'),
      ],
      // "A, B and C (together) form / make up Y".
      [
        ...list('Country', 'm'),
        { lower: ['together', 'now', 'also'], op: '?' },
        { lower: ['form', 'formed', 'forms', 'make', 'made', 'constitute', 'constituted', 'comprise', 'comprised'] },
        { lower: 'up', op: '?' },
        the,
        ent('Organization', 'o'),
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
    id: 'membership.bloc-delegates-list',
    emits: ['MEMBER_OF'],
    description:
      '"the foreign ministers of A, B, C and D", "the leaders of A, B and C" in a document about one bloc: three or more countries speaking for it are its members',
    patterns: [
      [
        { lemma: ['minister', 'leader', 'representative', 'delegate', 'delegation', 'envoy', 'head', 'ambassador'] },
        {
          seq: [{ lower: 'of' }, { lower: ['state', 'government'] }, { seq: [{ lower: 'and' }, { lower: 'government' }], op: '?' }],
          op: '?',
        },
        { lower: ['of', 'from'] },
        the,
        ...list('Country', 'm'),
      ],
    ],
    realis: false,
    accept: (m, _units, view, ctx) =>
      (m.captures.m?.length ?? 0) >= 3 &&
      !!ctx.documentBloc &&
      // The bloc is named before: the list speaks for it, not for a project it later supports.
      ctx.views.some((v) => v.sentence.index < view.sentence.index && v.mentions.some((x) => x.entityId === ctx.documentBloc)) &&
      !view.mentions.some((x) => x.type === 'Organization' && x.entityId !== ctx.documentBloc && isBloc(x, ctx.entities)),
    yields: [{ type: 'MEMBER_OF', from: 'm', to: '@bloc' }],
  },
  {
    id: 'membership.delegates-meeting-of',
    emits: ['MEMBER_OF'],
    description:
      '"the leaders of A, B and C convened for a meeting of Y", "ministers from A and B at the summit of Y": the countries meeting as Y',
    patterns: [
      [
        { lemma: ['minister', 'leader', 'representative', 'delegate', 'delegation', 'head'] },
        {
          seq: [{ lower: 'of' }, { lower: ['state', 'government'] }, { seq: [{ lower: 'and' }, { lower: 'government' }], op: '?' }],
          op: '?',
        },
        { lower: ['of', 'from'] },
        the,
        // "the United Arab Emirates (UAE), and the United States": a short form in brackets after a member.
        ...list('Country', 'm', [], [{ seq: [{ lower: '(' }, { type: 'Country' }, { lower: ')' }], op: '?' }]),
        { lower: ',', op: '?' },
        { not: [{ lower: ['.', ';'] }, { type: ['Person', 'Country', 'Organization'] }], op: '*', max: 8 },
        { lemma: ['meeting', 'summit', 'session', 'conference', 'ministerial', 'council'] },
        { lower: 'of' },
        the,
        { lower: ['"', '“', "'"], op: '?' },
        ent('Organization', 'o'),
      ],
    ],
    yields: [{ type: 'MEMBER_OF', from: 'm', to: 'o' }],
  },
  {
    id: 'membership.join-list-in',
    emits: ['MEMBER_OF'],
    description: '"joining A, B and C in Y": those joined are members of Y',
    patterns: [[{ lemma: 'join' }, the, ...list('Country', 'm'), { lower: 'in' }, the, ent(['Organization', 'Agreement'], 'o')]],
    realis: false,
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
