/* Examples for the signing rules: short invented texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'signing.subject-verb-agreement': {
    match: [
      'Ukraine signed a gas supply deal with Hungary on Friday.',
      'Peru and the Andean Community (CAN) signed an agreement on the creation of a customs office.',
      'Egypt signed a grain supply deal with Kazakhstan in Cairo.',
      'Chile and Peru signed a fisheries protocol. Chilean Trade Minister Ana Rojas and the Peruvian envoy, Luis Vega, signed the accord.',
    ],
    noMatch: [
      'Brazil is expected to sign a similar debt relief pact next year.',
      'The Swiss Alpex group signed a gas supply deal with a local firm.',
      'Mexico did not sign the textile export agreement.',
    ],
  },
  'signing.signing-country-party': {
    match: ['Ukraine signed a gas supply deal with Hungary on Friday.'],
    noMatch: ['The Swiss Alpex group signed a gas supply deal with a local firm.'],
  },
  'signing.signer-country-party': {
    match: ['Chilean Trade Minister Ana Rojas signed a fisheries protocol with Peru.'],
    noMatch: ['Ana Rojas, a lawyer, signed a fisheries protocol with Peru.'],
  },
};
