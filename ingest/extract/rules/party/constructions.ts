/* Party constructions: the ways English makes a country a party to an agreement, as patterns over units. */

import type { Construction } from '../constructions.js';
import type { Step } from '../../match-pattern.js';
import { appositive, auxiliaries, ent, list } from '../pattern-parts.js';

/** Verbs that conclude an agreement: its subjects and its "with" side are its parties. */
const CONCLUDE = [
  'sign',
  'conclude',
  'reach',
  'initial',
  'ratify',
  'strike',
  'seal',
  'finalise',
  'finalize',
  'renew',
  'extend',
  'agree',
  'ink',
  'clinch',
  'approve',
  'adopt',
  'enter',
  'join',
  'negotiate',
];
/** Verbs only a party does to an agreement: keeping it, breaking it, leaving it. */
const ADHERE = [
  'comply',
  'abide',
  'withdraw',
  'pull',
  'quit',
  'exit',
  'violate',
  'breach',
  'honour',
  'honor',
  'implement',
  'rejoin',
  'accede',
  'uphold',
  'bind',
  'stick',
];
/** Their nouns after a possessive: "A's withdrawal from …". */
const ADHERENCE = ['withdrawal', 'compliance', 'exit', 'accession', 'adherence', 'participation', 'ratification', 'implementation'];
const the: Step = { lower: 'the', op: '?' };
/** "the governments of", "the two countries," before a list of countries. */
const governmentsOf: Step = { seq: [the, { lemma: ['government', 'governments', 'delegation', 'delegations'] }, { lower: 'of' }], op: '?' };
/** Words between a concluding verb and the agreement: "a new three-year", "an", "into the". */
const beforeAgreement: Step = {
  entity: false,
  pos: ['DET', 'ADJ', 'NUM', 'ADP', 'PRON', 'NOUN', 'PROPN', 'PUNCT'],
  not: { lower: [',', '.', ';', 'with', 'by'] },
  op: '*',
  max: 5,
};
const withParties: Step = { seq: [{ lower: ['with', 'between'] }, the, ...list('Country', 'c')], op: '?' };

export const partyConstructions: readonly Construction[] = [
  {
    id: 'party.concluding-subjects',
    emits: ['PARTY_TO'],
    description: '"A and B signed/reached/ratified <agreement> (with C)": every country on either side',
    patterns: [
      [
        governmentsOf,
        ...list('Country', 'm'),
        appositive(['Person', 'Country']),
        auxiliaries,
        { lemma: CONCLUDE },
        { lower: ['to', 'on', 'into', 'upon'], op: '?' },
        beforeAgreement,
        ent('Agreement', 'a'),
        withParties,
      ],
    ],
    yields: [
      { type: 'PARTY_TO', from: 'm', to: 'a' },
      { type: 'PARTY_TO', from: 'c', to: 'a' },
    ],
  },
  {
    id: 'party.agreement-between',
    emits: ['PARTY_TO'],
    description: '"<agreement> between A and B", "<agreement> with A": the countries it joins',
    patterns: [
      [
        ent('Agreement', 'a'),
        { lemma: ['sign', 'reach', 'conclude'], op: '?' },
        { lower: ['between', 'with', 'among'] },
        governmentsOf,
        ...list('Country', 'c'),
      ],
    ],
    yields: [{ type: 'PARTY_TO', from: 'c', to: 'a' }],
  },
  {
    id: 'party.possessive-agreement',
    emits: ['PARTY_TO'],
    description: '"A\'s <agreement>", "A\'s accord with B": the possessor (and the "with" side)',
    patterns: [
      [
        ent('Country', 'c'),
        { lower: ["'s", "'"] },
        { entity: false, pos: ['ADJ', 'NUM', 'NOUN'], op: '*', max: 2 },
        ent('Agreement', 'a'),
        withParties,
      ],
    ],
    yields: [{ type: 'PARTY_TO', from: 'c', to: 'a' }],
  },
  {
    id: 'party.signatories',
    emits: ['PARTY_TO'],
    description: '"A and B, (both) signatories/parties to <agreement>", "A is a party to <agreement>"',
    patterns: [
      [
        ...list('Country', 'c'),
        { lower: ',', op: '?' },
        { lemma: 'be', op: '?' },
        { lower: ['a', 'an', 'both', 'all', 'the', 'fellow', 'other'], op: '*', max: 3 },
        { lemma: ['signatory', 'signatories', 'party', 'parties', 'partner', 'partners'] },
        { lower: ['to', 'of', 'in'] },
        the,
        ent('Agreement', 'a'),
      ],
    ],
    realis: false,
    yields: [{ type: 'PARTY_TO', from: 'c', to: 'a' }],
  },
  {
    id: 'party.signer-for-country',
    emits: ['PARTY_TO'],
    description: '"<agreement> was signed by A, for Norland, and B, on behalf of Vesta": the countries signed for',
    patterns: [
      [
        ent('Agreement', 'a'),
        { lemma: 'be', op: '?' },
        { lower: 'signed' },
        { not: [{ lower: ['.', ';'] }], entity: false, op: '*', max: 3 },
        { lower: 'by' },
        {
          seq: [
            { not: [{ lower: ['.', ';'] }, { type: 'Country' }], op: '*', max: 8 },
            { lower: ['for', 'of', 'behalf'] },
            { lower: 'of', op: '?' },
            the,
            ent('Country', 'c'),
          ],
          op: '+',
          max: 4,
        },
      ],
    ],
    yields: [{ type: 'PARTY_TO', from: 'c', to: 'a' }],
  },
  {
    id: 'party.adherence-verb',
    emits: ['PARTY_TO'],
    description:
      '"A complies with / abides by / withdrew from / pulled out of / violated / implements <agreement>", "A\'s withdrawal from / accession to <agreement>": only a party can',
    patterns: [
      [
        governmentsOf,
        ...list('Country', 'c'),
        appositive(['Person', 'Country']),
        auxiliaries,
        { lemma: 'be', op: '?' },
        { lemma: ADHERE },
        { lower: ['with', 'by', 'from', 'to', 'in', 'out', 'of', 'on', 'under'], op: '*', max: 2 },
        beforeAgreement,
        ent('Agreement', 'a'),
      ],
      [
        ent('Country', 'c'),
        { lower: ["'s", "'"] },
        { entity: false, pos: ['ADJ'], op: '?' },
        { lemma: ADHERENCE },
        { lower: ['from', 'with', 'to', 'in', 'of', 'into', 'by'] },
        the,
        ent('Agreement', 'a'),
      ],
    ],
    // Withdrawing, even threatening to, presupposes a party; a negation cannot stand in the verb group.
    realis: false,
    yields: [{ type: 'PARTY_TO', from: 'c', to: 'a' }],
  },
];
