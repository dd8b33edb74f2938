/* Examples for the signing rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'signing.subject-verb-agreement': {
    match: [
      'Chile and Peru signed the Pacific Fisheries Agreement on Monday.',
      'Norwegian Prime Minister Erik Dahl signed the Arctic Fisheries Agreement in Oslo.',
      'Kenya inked the East African Customs Protocol last week.',
      'Ukraine signed a gas supply deal with Hungary on Friday.',
      'Peru and the Andean Community (CAN) signed an agreement on the creation of a customs office.',
      'Egypt signed a grain supply deal with Kazakhstan in Cairo.',
      'Chile and Peru signed a fisheries protocol. Chilean Trade Minister Ana Rojas and the Peruvian envoy, Luis Vega, signed the accord.',
    ],
    noMatch: [
      'Chile and Peru did not sign the Pacific Fisheries Agreement on Monday.',
      'Chile and Peru discussed the Pacific Fisheries Agreement on Monday.',
      'Brazil is expected to sign a similar debt relief pact next year.',
      'The Swiss Alpex group signed a gas supply deal with a local firm.',
      'Mexico did not sign the textile export agreement.',
    ],
  },
  'signing.signing-country-party': {
    match: [
      'Norway and Iceland signed the Arctic Fisheries Agreement in Oslo.',
      'Vietnam signed the Mekong Water Treaty on Tuesday, officials said.',
      'Ukraine signed a gas supply deal with Hungary on Friday.',
    ],
    noMatch: [
      'Vietnam did not sign the Mekong Water Treaty on Tuesday.',
      'The Swiss Alpex group signed a gas supply deal with a local firm.',
    ],
  },
  'signing.signer-country-party': {
    match: ['Chilean Trade Minister Ana Rojas signed a fisheries protocol with Peru.'],
    noMatch: ['Ana Rojas, a lawyer, signed a fisheries protocol with Peru.'],
  },
  'signing.signed-with-passive': {
    match: ['Officials praised a two billion dollar accord signed in Cairo last month with Kenyan businessman Peter Otieno.'],
    noMatch: ['Officials praised a two billion dollar accord signed in Cairo last month, with Kenyan businessman Peter Otieno absent.'],
  },
  // Constructions (constructions.ts): patterns over units, run by the matcher.
  'signing.signed-by': {
    match: [
      'The Pacific Fisheries Agreement was signed in Lima by Trade Minister Anne Cole and Luis Ortega.',
      'The Pacific Fisheries Agreement was signed by Chile and Peru.',
    ],
    noMatch: ['The Pacific Fisheries Agreement is expected to be signed by Anne Cole.'],
  },
  'signing.signing-of': {
    match: [
      'The signing of the Pacific Fisheries Agreement by Anne Cole and Luis Ortega ended the talks.',
      "Anne Cole's signing of the Pacific Fisheries Agreement was welcomed.",
    ],
    noMatch: ['The planned signing of the Pacific Fisheries Agreement by Anne Cole was delayed.'],
  },
  'signing.joint-signers': {
    match: ['Prime Minister Anne Cole and President Luis Ortega signed the Pacific Fisheries Agreement in Lima.'],
    noMatch: ['Anne Cole and Luis Ortega did not sign the Pacific Fisheries Agreement.'],
  },
};
