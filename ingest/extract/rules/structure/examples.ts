/* Examples for the structure rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'structure.hyphenated-parties': {
    match: [
      'The Japan-Australia free trade agreement entered into force in 2015.',
      'Negotiators met to revive the Chile-Peru free trade agreement.',
    ],
    noMatch: [
      // A hyphenated pair that names no agreement.
      'Ministers discussed the Kenya-Uganda border on Monday.',
      'Chile-Peru relations improved last year.',
    ],
  },
  'structure.country-named-agreement': {
    match: ['The Canada-Mexico Action Plan was renewed on Friday.', 'Officials praised the Chile-Peru Fisheries Accord on Tuesday.'],
    noMatch: [
      'Officials praised the Trans-Pacific Fisheries Pact on Tuesday.',
      // Only one part is a country: that is the mixed-name rule.
      'The Canada-Mercosur Trade Agreement was signed in 2023.',
    ],
  },
  'structure.mixed-named-agreement': {
    match: [
      'The India-Mercosur Preferential Trade Agreement took effect in 2009.',
      'The Canada-Mercosur Trade Agreement was signed in 2023.',
    ],
    noMatch: ['Officials praised the Trans-Pacific Fisheries Pact on Tuesday.', 'The Canada-Mexico Action Plan was renewed on Friday.'],
  },
  'structure.place-comma-place': {
    match: ['The plant in Osaka, Japan will close next year.', 'Sales rose in Toronto, Canada last year.'],
    noMatch: [
      // A list of places, not a place in a place.
      'Sales rose in Montreal, Vancouver and Halifax last year.',
    ],
  },
};
