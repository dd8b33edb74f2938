/* Examples for the office rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'office.role-in-body': {
    match: [
      'Anne Cole, general manager of Norvik Shipping Ltd, said exports rose.',
      'Norvik Shipping spokesman Luis Ortega said the plan was sound.',
      'Prices will fall, said economist Maria Santos at Kestrel Bank.',
    ],
    noMatch: ['Anne Cole, the European Commission President, spoke.'],
  },
  'office.title-names-country': {
    match: [
      'Canadian Trade Minister Jane Porter said on Tuesday that talks with Mexico would resume next week.',
      "OTTAWA, May 4 (Reuters) - Kenya's Foreign Minister Alice Wambui arrived for two days of talks.",
      "Britain's Europe Director Dominick Hale will represent the UK.",
      'The Northern Grain Association (NGA) filed a complaint. NGA Vice President Tom Reyes said it was needed.',
      'Governor Ana Ruiz of Westmark said the plant would close.',
      'President Ana Ruiz met Prime Minister Tom Berg of Japan in Lisbon on Monday.',
      'The United States and Peru signed it. Today, U.S. Embassy Lima Chargé d’Affaires Tom Berg signed a protocol in Lima.',
    ],
    noMatch: [
      'Tom Berg of Kestrel said prices rose.',
      'Trade Minister Jane Porter said on Tuesday that talks would resume next week.',
      "Gibraltar's Chief Minister Peter Bruno will represent the Rock.",
    ],
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
      'Harold Grant, president of the Ontario Dairy Farmers Association, welcomed the ruling.',
      'Ivan Petrov, who is also chairman of the State Planning Committee, spoke on Monday.',
      'Prices will rise, said Tom Reyes, an agro-economist at the Delta Policy Research Institute.',
      'Jane Porter, director of Leeds-based consulting group Norcast, said demand was strong.',
      'Harold Grant, chairman of the State Planning Committee, spoke on Monday.',
      '"We are checking," Hans Bauer, a Skyline spokesman, said.',
      'Prices rose, said Dmitry Orlov, an analyst at brokerage Kapita.',
      "Ruhi Kaya, Telsa's chief operating officer, attended the meeting.",
      'Ross Keller, general manager of Thiess Coal Pty Ltd, said so.',
    ],
    noMatch: [
      'Jane Porter, who met the Canadian trade minister, said the deal was close.',
      'Harold Grant, who met the president of the association, spoke on Monday.',
    ],
  },
  'office.copular-title': {
    match: [
      'Ana Ruiz is a Peruvian deputy minister of defense and a general of the army.',
      'Tom Berg is the Norwegian foreign minister.',
      'Harold Grant has been chairman of the Delta Planning Committee since 1990.',
      'Jane Porter was also president of the Ontario Dairy Farmers Association.',
      'Russia expanded its army. Ana Ruiz is a Russian Ministry of Defense Deputy Minister of Defense.',
    ],
    noMatch: [
      'Tom Berg is expected to become the Norwegian foreign minister.',
      'Tom Berg is not the Norwegian foreign minister.',
      'Ana Ruiz is a critic of the Peruvian defense minister.',
    ],
  },
  'office.title-before-name': {
    match: [
      "Madrid is represented by Spain's director general for Europe, Ana Ruiz.",
      "Peru's deputy trade minister Tom Berg said so.",
      "Japan's trade minister Kenji Sato said exports would recover.",
      "Brazil's finance minister Carla Nunes told reporters the budget would be balanced.",
      'The bill is dangerous, Northern Timber Industry Council chairman Harold Grant told reporters.',
      'Cairo broke with Moscow when Egyptian then-president Omar Halim turned to the West.',
      'Chinese vice-foreign minister Li Wen signed the accord.',
      'Danish farm minister Lars Berg called for action.',
      'Kenyan ambassador to Berlin Samuel Otieno met the delegation.',
      'Prices rose, Norcom vice president Peter Holm said.',
      '"We must act," said EC external trade chief Willy Marten.',
    ],
    noMatch: [
      'The trade minister Kenji Sato said exports would recover.',
      'The chairman said Harold Grant told reporters the bill is dangerous.',
    ],
  },
  'office.person-of-organization': {
    match: [
      'Jane Porter of the Brookings Institution said the tariffs would hurt farmers.',
      'Tom Reyes of the Lowy Institute said the visit was overdue.',
      'It sparked worries, explained Kenji Arata of Daiwa Securities.',
      'The comments were weak, said Junya Sato of Halvorsen Chase bank in Tokyo.',
    ],
    noMatch: [
      'Analysts at the Brookings Institution said the tariffs would hurt farmers.',
      'The comments were weak, said Junya Sato of Canada.',
    ],
  },
  'office.country-from-document': {
    match: [
      'Canada will cut duties on farm machinery, Trade Minister Jane Porter said on Monday.',
      'Finance Minister Luis Ortega said Mexico would keep its budget target.',
      'OTTAWA, May 2 - Canada will act on steel. Trade talks failed, Prime Minister Jane Doe said.',
      'Ukraine wants closer ties with Europe. The review announced by President Viktor Marchenko will cover big deals. Ukraine hopes to join soon.',
      'President Ruiz spoke today with Prime Minister Tom Berg of Norway. Secretary Holm joined the call. The United States and Norway agreed to deepen trade.',
    ],
    noMatch: [
      'Finance Minister Luis Ortega said Mexico and Peru would keep talking.',
      'Governor Luis Ortega said Mexico would keep its budget target.',
      "OTTAWA, May 2 - Canada will act on steel. Zanzibar's Chief Minister Peter Bruno spoke.",
      'Albania will host the pipeline. Albania agreed, said Pat Moore, President of AMBO, on Monday.',
      'President Ana Ruiz met Prime Minister Tom Berg of Japan in Lisbon on Monday.',
    ],
  },
  'office.role-before-name': {
    match: ['BBC political correspondent Owen Castell said so.', "The BBC's Nina Holloway says the talks failed."],
    noMatch: ["Britain's Nina Holloway says the talks failed.", 'The correspondent Owen Castell said so.'],
  },
  'office.person-of-country': {
    match: ['Trade ministers met in Geneva on Monday. Pat Brennan of Canada said the world needs open markets.'],
    noMatch: ['Pat Brennan of Canada said the world needs open markets.'],
  },
  'office.counterpart': {
    match: [
      'The French finance minister spoke after a meeting with his German counterpart Hans Weber.',
      'He has written to his U.S. counterpart, Trade Representative Clara Stone.',
    ],
    noMatch: ['He has written to his counterpart Hans Weber.'],
  },
  'office.plural-title-list': {
    match: [
      'Foreign Ministers Anne Cole of Canada and Luis Ortega of Mexico met in Lima.',
      'Ambassadors Anne Cole of Canada, Luis Ortega of Mexico and Maria Santos of Chile signed the letter.',
      'Governors Anne Cole of Westmark, Luis Ortega of Eastmoor and Maria Santos of Lakeshire met on Friday.',
    ],
    noMatch: ['Anne Cole and Luis Ortega met officials of Canada and Mexico in Lima.'],
  },
};
