/* Examples for the location rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'location.place-in-place': {
    match: [
      'The talks were held in the Brazilian city of Manaus on Friday.',
      'Fighting broke out in Mosul in northern Iraq last week.',
      'The ship docked in Mombasa, the Kenyan port city, on Monday.',
      "The summit opened in Guadalajara, Mexico's second-largest city, on Monday.",
    ],
    noMatch: ['The talks were held in the city of Manaus on Friday.', 'Talks were held in Mombasa, Nairobi and Kisumu this week.'],
  },
  'location.region-of-dateline-country': {
    match: [
      'LIMA, Nov 14 (AP) - Peruvian officials opened a grain terminal in the northern city of Valdoro.',
      'LIMA, March 3 (AP) - Farmers protested in the southern region of Arequipa on Monday, the latest unrest in Peru.',
    ],
    noMatch: [
      'Port workers opened a new grain terminal in the northern city of Valdoro, Peruvian officials said.',
      'LIMA, Nov 14 (AP) - Port workers opened a new grain terminal in Puerto Caldera.',
    ],
  },
  'location.possessive-place': {
    match: [
      "The army closed Nairobi's new Jomo Kenyatta International Airport on Monday.",
      "Flights were held at Munich's Franz Josef Strauss Airport for an hour.",
      "Planes were kept on the ground at Hamburg's Fuhlsbuettel airport for an hour.",
      "Ships waited outside Genoa's Voltri port on Tuesday.",
    ],
    noMatch: [
      "Nairobi's new policy angered Uganda.",
      "Shares in Germany's Deutsche Bank fell.",
      "Workers at Volvo's Torslanda plant walked out.",
    ],
  },
  'location.dateline-city-country': {
    match: [
      'KASHIKOJIMA, JAPAN, April 26 - Trade ministers ended two days of talks on Sunday.',
      'PORTO ALEGRE, Brazil, Jan 30 - Thousands of activists gathered for the forum.',
    ],
    noMatch: ['TOKYO, March 3 - Japan cut its rice tariff on Monday.', 'Officials from Tokyo, Seoul and Beijing met on Monday.'],
  },
};
