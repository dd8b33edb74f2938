/* Examples for the office rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'office.title-names-country': {
    match: [
      'Canadian Trade Minister Jane Porter said on Tuesday that talks with Mexico would resume next week.',
      "OTTAWA, May 4 (Reuters) - Kenya's Foreign Minister Alice Wambui arrived for two days of talks.",
    ],
    noMatch: ['Trade Minister Jane Porter said on Tuesday that talks would resume next week.'],
  },
  'office.coordinated-title': {
    match: [
      'Canadian Trade Minister Jane Porter and Finance Minister Tom Reyes met reporters on Friday.',
      'Chilean Foreign Minister Rosa Vidal and Economy Minister Pablo Mena will lead the delegation.',
    ],
    noMatch: ['Canadian Trade Minister Jane Porter met Mexican Finance Minister Luis Ortega on Friday.'],
  },
  'office.appositive-title': {
    match: [
      'Jane Porter, the Canadian trade minister, said the deal was close.',
      'Tom Reyes, chairman of Northwind Energy Corp, said output would rise this year.',
    ],
    noMatch: ['Jane Porter, who met the Canadian trade minister, said the deal was close.'],
  },
  'office.title-before-name': {
    match: [
      "Japan's trade minister Kenji Sato said exports would recover.",
      "Brazil's finance minister Carla Nunes told reporters the budget would be balanced.",
    ],
    noMatch: ['The trade minister Kenji Sato said exports would recover.'],
  },
  'office.person-of-organization': {
    match: [
      'Jane Porter of the Brookings Institution said the tariffs would hurt farmers.',
      'Tom Reyes of the Lowy Institute said the visit was overdue.',
    ],
    noMatch: ['Analysts at the Brookings Institution said the tariffs would hurt farmers.'],
  },
  'office.country-from-document': {
    match: [
      'Canada will cut duties on farm machinery, Trade Minister Jane Porter said on Monday.',
      'Finance Minister Luis Ortega said Mexico would keep its budget target.',
    ],
    noMatch: [
      // Two countries in the sentence: which one is his is left open.
      'Finance Minister Luis Ortega said Mexico and Peru would keep talking.',
      // A governor is not a national office.
      'Governor Luis Ortega said Mexico would keep its budget target.',
    ],
  },
};
