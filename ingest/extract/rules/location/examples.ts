/* Examples for the location rules: texts that must / must not yield LOCATED_IN credited to the rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'location.possessive-place': {
    match: [
      "The army closed Nairobi's new Jomo Kenyatta International Airport on Monday.",
      "Flights were held at Munich's Franz Josef Strauss Airport for an hour.",
    ],
    noMatch: [
      "Nairobi's new policy angered Uganda.",
      "Shares in Germany's Deutsche Bank fell.",
    ],
  },
  'location.dateline-city-country': {
    match: [
      'KASHIKOJIMA, JAPAN, April 26 - Trade ministers ended two days of talks on Sunday.',
      'PORTO ALEGRE, Brazil, Jan 30 - Thousands of activists gathered for the forum.',
    ],
    noMatch: [
      'TOKYO, March 3 - Japan cut its rice tariff on Monday.',
      'Officials from Tokyo, Seoul and Beijing met on Monday.',
    ],
  },
};
