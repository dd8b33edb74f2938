/* Signing constructions: the ways English says who signed an agreement, as patterns over units. */

import type { Construction } from '../constructions.js';
import { withDate } from '../constructions.js';
import type { Step } from '../../match-pattern.js';
import { appositive, appositiveList, auxiliaries, ent, list, titleWords } from '../pattern-parts.js';

const SIGNER = ['Person', 'Country'] as const;
const the: Step = { lower: 'the', op: '?' };
const beforeAgreement: Step = { entity: false, pos: ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON'], op: '*', max: 4 };

export const signingConstructions: readonly Construction[] = [
  {
    id: 'signing.signed-by',
    emits: ['SIGNED'],
    description: '"<agreement> was signed (in X) by A (, for Norland,) and B": each signer',
    patterns: [
      [
        ent('Agreement', 'a'),
        appositive(['Person']),
        { lemma: 'be', op: '?' },
        { lower: ['signed', 'initialled', 'initialed', 'inked'] },
        { not: [{ lower: ['.', ';', 'by'] }, { type: 'Person' }], op: '*', max: 4 },
        { lower: 'by' },
        titleWords(5),
        ...appositiveList('Person', 's'),
      ],
      [
        ent('Agreement', 'a'),
        appositive(['Person']),
        { lemma: 'be', op: '?' },
        { lower: ['signed', 'initialled', 'initialed', 'inked'] },
        { lower: 'by' },
        the,
        ...list('Country', 's'),
      ],
    ],
    yields: [{ type: 'SIGNED', from: 's', to: 'a' }],
    properties: withDate,
  },
  {
    id: 'signing.signing-of',
    emits: ['SIGNED'],
    description: '"the signing of <agreement> by A and B", "A\'s signing of <agreement>"',
    patterns: [
      [
        { lemma: ['signing', 'signature'] },
        { lower: 'of' },
        the,
        ent('Agreement', 'a'),
        { lower: 'by' },
        ...list(SIGNER, 's', [titleWords(5)]),
      ],
      [ent(SIGNER, 's'), { lower: ["'s", "'"] }, { lemma: ['signing', 'signature'] }, { lower: 'of' }, the, ent('Agreement', 'a')],
    ],
    yields: [{ type: 'SIGNED', from: 's', to: 'a' }],
    properties: withDate,
  },
  {
    id: 'signing.joint-signers',
    emits: ['SIGNED'],
    description: '"A and B signed <agreement>", "Prime Minister A and President B have signed the accord": each signer',
    patterns: [
      [
        ...list(SIGNER, 's', [titleWords(6)]),
        appositive(['Person', 'Country']),
        auxiliaries,
        { lower: ['signed', 'sign', 'signs', 'initialled', 'initialed', 'inked'] },
        beforeAgreement,
        ent('Agreement', 'a'),
      ],
    ],
    yields: [{ type: 'SIGNED', from: 's', to: 'a' }],
    properties: withDate,
  },
];
