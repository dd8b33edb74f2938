/* Examples for the party rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'party.agreeing-subjects': {
    match: [
      'Chile and Peru have revised and extended their fisheries protocol after talks in Lima, officials said.',
      'Norway and Iceland reached a cod quota agreement on Friday.',
      'Kenya concluded a grain supply deal with Egypt last week.',
    ],
    noMatch: [
      'Chile and Peru have not revised their fisheries protocol, officials said.',
      'Chile and Peru discussed their fisheries protocol on Monday.',
      'A firm in Kenya reached a grain supply deal last week.',
    ],
  },
  'party.agreed-document-deal': {
    match: ['Chile and Peru agreed last May to a 10 pct fee on fish meal. Officials said the fees deal was signed in Lima.'],
    noMatch: [
      'Chile and Peru have not agreed on fees. Officials said the fees deal was signed in Lima.',
      'Chile agreed with Peru on fees. Officials said the fees deal was signed in Lima.',
      'Chile and Peru agreed last May to cut fees.',
    ],
  },
  'party.possessive-with': {
    match: ["Officials praised Norway's Arctic Fisheries Agreement with Iceland."],
    noMatch: ["Officials said Norway's fisheries accord was signed in May."],
  },
  'party.signing-clause-leaders': {
    match: ['By signing the Andean Fisheries Protocol on Tuesday, the prime ministers of Chile, Peru and Ecuador ended a long dispute.'],
    noMatch: [
      'By signing the Andean Fisheries Protocol on Tuesday, officials ended a long dispute.',
      'Before discussing the Andean Fisheries Protocol, the prime ministers of Chile and Peru met in Lima.',
    ],
  },
  'party.under-agreement': {
    match: [
      'Under the fisheries accord, Chile will cut its catch by 10 pct.',
      'Under a grain supply deal signed last week, Egypt will buy two mln tonnes of wheat.',
    ],
    noMatch: [
      'Under the fisheries accord, Chile will not cut its catch.',
      'Under the fisheries accord, officials in Chile will meet monthly.',
    ],
  },
  // Constructions (constructions.ts): patterns over units, run by the matcher.
  'party.concluding-subjects': {
    match: [
      'The governments of Canada and Mexico signed the North American Clean Air Accord on Monday.',
      'Chile concluded the Pacific Fisheries Agreement with Peru and Ecuador.',
    ],
    noMatch: ['Chile and Peru may sign the Pacific Fisheries Agreement next year.'],
  },
  'party.agreement-between': {
    match: [
      'The Pacific Fisheries Agreement between Chile and Peru took effect in May.',
      'The Pacific Fisheries Agreement with Peru was signed.',
    ],
    noMatch: ['Chile wants the Pacific Fisheries Agreement, Peru said.'],
  },
  'party.possessive-agreement': {
    match: ["Chile's Pacific Fisheries Agreement with Peru expires in June."],
    noMatch: ["Chile's proposed Pacific Fisheries Agreement was rejected."],
  },
  'party.signatories': {
    match: [
      'Chile and Peru, both signatories to the Pacific Fisheries Agreement, objected.',
      'Chile is a party to the Pacific Fisheries Agreement.',
      'Peru signed the Pacific Fisheries Agreement in May. The Pacific Fisheries Agreement sets quotas. The move was opposed by Bolivia and Ecuador, the other parties to the accord.',
    ],
    noMatch: [
      'Chile said Peru was not a party to the Pacific Fisheries Agreement.',
      'The move was opposed by Bolivia and Ecuador, the other parties to the accord.',
    ],
  },
  'party.adherence-verb': {
    match: [
      'Chile said Peru was complying with the Pacific Fisheries Agreement.',
      'Peru has withdrawn from the Pacific Fisheries Agreement.',
      'Bolivia and Ecuador pulled out of the Andean Grain Pact last year.',
      "Peru's withdrawal from the Pacific Fisheries Agreement surprised Chile.",
      'Chile threatened that Peru would quit the Pacific Fisheries Agreement.',
    ],
    noMatch: [
      'Peru did not comply with the Pacific Fisheries Agreement.',
      'Chile wants Peru to leave the Pacific Fisheries Agreement.',
      'The Pacific Fisheries Agreement was praised by Peru.',
    ],
  },
  'party.signer-for-country': {
    match: ['The Pacific Fisheries Agreement was signed by Anne Cole, for Canada, and Luis Ortega, on behalf of Mexico.'],
    noMatch: ['The Pacific Fisheries Agreement will be signed by Anne Cole for Canada.'],
  },
};
