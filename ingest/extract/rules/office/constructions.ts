/* Office constructions: offices stated for several people at once, as patterns over units. */

import type { Construction } from '../constructions.js';
import type { Step } from '../../match-pattern.js';
import type { Unit } from '../../sentence-units.js';
import { AFFILIATION_ROLES, PLURAL_TITLES } from '../../lexicons/titles.js';
import { isPublicOffice } from './find-office-relations.js';

/** Head words of roles held in a company or any other body ("spokesman", "vice president", "founder"). */
const ROLE_HEADS = [
  ...new Set([
    ...[...AFFILIATION_ROLES].map((r) => r.split(' ').pop()!),
    'president',
    'chairman',
    'chairwoman',
    'chair',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'manager',
    'ceo',
    'executive',
    'head',
    'owner',
    'governor',
    'treasurer',
    'official',
    'representative',
  ]),
];
/** Words before a role's head: "senior vice", "general", "chief", "managing". */
const ROLE_MODIFIERS = [
  'senior',
  'vice',
  'deputy',
  'general',
  'chief',
  'executive',
  'managing',
  'assistant',
  'associate',
  'acting',
  'former',
  'co',
  'regional',
  'country',
  'national',
  'international',
  'sales',
  'marketing',
  'finance',
  'financial',
  'operating',
];
const role: Step[] = [
  { lower: ['the', 'a', 'an', 'its'], op: '?' },
  { lemma: ROLE_MODIFIERS, op: '*', max: 3 },
  { lemma: ROLE_HEADS, as: 'role' },
];

/** The role's words as written, for the office check and the relation's `role` property. */
function roleText(units: readonly Unit[], from: number, to: number): string {
  return units
    .slice(from, to)
    .filter((u) => !u.mention && /^\p{L}/u.test(u.text) && !['the', 'a', 'an', 'its', 'of', 'at', 'for', 'with', "'s"].includes(u.lower))
    .map((u) => u.text)
    .join(' ');
}

/** A role in a body that is not a public office (those are HOLDS_OFFICE, read by the office rules). */
const notPublicOffice: Construction['accept'] = (m, units, _v, ctx) =>
  (m.captures['o'] ?? []).every((u) => !isPublicOffice(roleText(units, m.start, m.end), ctx.entities.get(u.mention!.entityId)));

/** Plural titles before a list of holders, and "Leaders A of X and B of Y" (each leads the place named). */
const HOLDER_LIST_TITLES = [...PLURAL_TITLES, 'leaders'];

export const officeConstructions: readonly Construction[] = [
  {
    id: 'office.role-in-body',
    emits: ['AFFILIATED_WITH'],
    description: '"A, general manager of B", "A, senior vice president, B", "B spokesman A", "economist A at B", "B\'s founder A"',
    patterns: [
      [
        { type: 'Person', as: 'p' },
        { lower: ',' },
        ...role,
        { lower: ['of', 'at', 'for', 'with', ','], op: '?' },
        { lower: 'the', op: '?' },
        { type: 'Organization', as: 'o' },
      ],
      [{ type: 'Organization', as: 'o' }, { lower: ["'s", "'"], op: '?' }, ...role, { lower: ',', op: '?' }, { type: 'Person', as: 'p' }],
      [
        { lemma: ROLE_MODIFIERS, op: '*', max: 3 },
        { lemma: ROLE_HEADS, as: 'role' },
        { type: 'Person', as: 'p' },
        { lower: ['at', 'of', 'with', 'from'] },
        { lower: 'the', op: '?' },
        { type: 'Organization', as: 'o' },
      ],
    ],
    realis: false,
    yields: [{ type: 'AFFILIATED_WITH', from: 'p', to: 'o' }],
    properties: (m, units) => ({ role: roleText(units, m.start, m.end) || undefined }),
    accept: notPublicOffice,
  },
  {
    id: 'office.plural-title-list',
    emits: ['HOLDS_OFFICE'],
    description: '"Governors A of X, B of Y and C of Z", "Trade Ministers A of X and B of Y": each holder and the place after their name',
    patterns: [
      [
        { lower: HOLDER_LIST_TITLES },
        { type: 'Person', as: 'p' },
        { lower: 'of' },
        { lower: 'the', op: '?' },
        { type: ['Country', 'Place'], as: 'w' },
        {
          seq: [
            { lower: [',', 'and'] },
            { lower: 'and', op: '?' },
            { type: 'Person', as: 'p' },
            { lower: 'of' },
            { lower: 'the', op: '?' },
            { type: ['Country', 'Place'], as: 'w' },
          ],
          op: '+',
          max: 10,
        },
      ],
    ],
    realis: false,
    yields: [{ type: 'HOLDS_OFFICE', from: 'p', to: 'w', zip: true }],
    properties: (_m, units, _v) => ({ title: titleCase(units.find((u) => HOLDER_LIST_TITLES.includes(u.lower))?.lower ?? '') }),
  },
];

/** "governors" → "Governor". */
function titleCase(plural: string): string | undefined {
  if (!plural) return undefined;
  const one = plural.replace(/ies$/, 'y').replace(/s$/, '');
  return one.charAt(0).toUpperCase() + one.slice(1);
}
