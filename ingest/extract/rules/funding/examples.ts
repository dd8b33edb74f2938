/* Examples for the funding rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'funding.amount-to-recipient': {
    match: [
      'Japan pledged $50 million to the World Food Programme on Monday.',
      'Norway provided $200 million to the Green Climate Fund to help poor countries adapt.',
      'The World Bank approved a $300 million loan to the Kenya Power and Lighting Company.',
    ],
    noMatch: [
      'Japan did not pledge $50 million to the World Food Programme this year.',
      'Japan said the World Food Programme had spent $50 million on food.',
    ],
  },
  'funding.funding-word-recipient': {
    match: [
      'Germany announced new funding for the World Health Organization on Tuesday.',
      'Sweden gave a grant to the International Committee of the Red Cross last year.',
    ],
    noMatch: [
      // No recipient named.
      'Germany announced new funding on Tuesday.',
      'Germany praised the World Health Organization on Tuesday.',
    ],
  },
  'funding.received-from': {
    match: ['Shares rose after Acme Corp received $2bn in loans from the World Bank.'],
    noMatch: ['Shares rose after Acme Corp received $2bn in orders last year.', 'Acme Corp did not receive $2bn from the World Bank.'],
  },
  'funding.lent': {
    match: ['The $2bn which Vneshtorg Bank lent Acme Corp came from abroad.'],
    noMatch: ['The $2bn which Vneshtorg Bank spent came from abroad.'],
  },
};
