/* Office constructions: offices stated for several people at once, as patterns over units. */

import type { Construction } from '../constructions.js';

/** Plural titles before a list of holders: "Governors A of X and B of Y", "Foreign Ministers A of X, B of Y". */
const PLURAL_TITLES = [
  'governors',
  'ministers',
  'presidents',
  'premiers',
  'ambassadors',
  'secretaries',
  'envoys',
  'commissioners',
  'leaders',
  'mayors',
];

export const officeConstructions: readonly Construction[] = [
  {
    id: 'office.plural-title-list',
    emits: ['HOLDS_OFFICE'],
    description: '"Governors A of X, B of Y and C of Z", "Trade Ministers A of X and B of Y": each holder and the place after their name',
    patterns: [
      [
        { lower: PLURAL_TITLES },
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
    properties: (_m, units, _v) => ({ title: titleCase(units.find((u) => PLURAL_TITLES.includes(u.lower))?.lower ?? '') }),
  },
];

/** "governors" → "Governor". */
function titleCase(plural: string): string | undefined {
  if (!plural) return undefined;
  const one = plural.replace(/ies$/, 'y').replace(/s$/, '');
  return one.charAt(0).toUpperCase() + one.slice(1);
}
