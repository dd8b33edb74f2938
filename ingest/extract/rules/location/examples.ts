/* Examples for the location rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'location.place-in-place': {
    match: [
      'The talks were held in the Brazilian city of Manaus on Friday.',
      'Fighting broke out in Mosul in northern Iraq last week.',
      'The ship docked in Mombasa, the Kenyan port city, on Monday.',
      "The summit opened in Guadalajara, Mexico's second-largest city, on Monday.",
    ],
    noMatch: [
      // No country named: the text does not place the city.
      'The talks were held in the city of Manaus on Friday.',
      // A list, not a place in a place.
      'Talks were held in Mombasa, Nairobi and Kisumu this week.',
    ],
  },
  'location.region-of-dateline-country': {
    match: [
      'MEXICO CITY, Nov 14 (Reuters) - Mexican police arrested six men in the northern city of Monterrey.',
      'LIMA, March 3 (Reuters) - Farmers protested in the southern region of Arequipa on Monday, the latest unrest in Peru.',
    ],
    noMatch: [
      // No dateline: the region's country is not stated.
      'Police arrested six men in the northern city of Monterrey, Mexican officials said.',
      // A dateline, but no "northern city of": nothing places the city.
      'MEXICO CITY, Nov 14 (Reuters) - Mexican police arrested six men in Monterrey.',
    ],
  },
};
