/* Examples for the event rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'event.review-of-agreement': {
    match: [
      'Officials began a joint review of the Pacific Fisheries Agreement in March.',
      'The first review of the North American Energy Accord is scheduled for 2026.',
    ],
    noMatch: [
      // A review of something else, under the agreement.
      'A review of tariffs under the Pacific Fisheries Agreement began in March.',
      'Officials praised the Pacific Fisheries Agreement in March.',
    ],
  },
  'event.part-of-main-agreement': {
    match: [
      'Chile and Peru signed the Pacific Fisheries Agreement in 2019. As part of the agreement, the two countries unveiled a Coastal Monitoring Plan.',
      'Chile and Peru signed the Pacific Fisheries Agreement in 2019. Under the agreement, Peru adopted the Coastal Monitoring Plan.',
    ],
    noMatch: ['Chile and Peru signed the Pacific Fisheries Agreement in 2019. Peru also adopted the Coastal Monitoring Plan.'],
  },
};
