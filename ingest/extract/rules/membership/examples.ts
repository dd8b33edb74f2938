/* Examples for the membership rules added here: short invented texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'membership.anaphoric-bloc': {
    match: [
      'The European Community set new quotas. Greece joined the community in 1981.',
      'OPEC met in Vienna. Gabon is a member of the 13-nation group.',
    ],
    noMatch: [
      'The European Community set new quotas. Turkey wants to join the community.',
      'The European Community set new quotas. Norway is not a member of the bloc.',
    ],
  },
  'membership.bloc-member-named': {
    match: ['OPEC member Nigeria raised output.', 'The Gulf Cooperation Council (GCC) met. GCC members Kuwait, Qatar and Oman protested.'],
    noMatch: ['OPEC members met in Vienna on Monday.'],
  },
  'membership.to-which-belong': {
    match: ['The Cairns Group of farm exporters, to which Chile and Canada belong, met in Geneva.'],
    noMatch: ['The Cairns Group of farm exporters met in Geneva with Chile and Canada.'],
  },
  'membership.as-member-of': {
    match: ['As a member of the General Agreement on Tariffs and Trade (GATT), Brazil cannot back barter.'],
    noMatch: ['As a guest of the General Agreement on Tariffs and Trade (GATT), Brazil spoke.'],
  },
};
