/* Examples for the membership rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'membership.bloc-delegates-list': {
    match: [
      'The Meridian Alliance opened its summit on Monday. Its chair told the foreign ministers of Peru, Chile, Bolivia and Ecuador that exports must grow.',
      'Leaders of the Coral Sea Community gathered in Suva. The heads of government of Fiji, Samoa and Tonga agreed on a fisheries plan.',
    ],
    noMatch: [
      'The prime ministers of Peru, Chile and Bolivia signed a pipeline deal. The project has the support of the Meridian Alliance.',
      'The Meridian Alliance met on Monday. The foreign ministers of Peru and Chile spoke first.',
    ],
  },
  'membership.join-list-in': {
    match: ["Ministers welcomed Brazil's interest in joining Peru, Chile and Bolivia in the Meridian Alliance."],
    noMatch: ['Ministers said Brazil would not be joining Peru in the capital.'],
  },
  'membership.member-of': {
    match: [
      'Chile is a member of the Asia-Pacific Economic Cooperation forum.',
      'Finland joined the North Atlantic Treaty Organization in 2023.',
    ],
    noMatch: [
      'Chile is not a member of the Organization of the Petroleum Exporting Countries.',
      'Ukraine has applied to join the European Union.',
    ],
  },
  'membership.country-pair-member-of': {
    match: [
      'LIMA, March 3 (AP) - Peru and Chile agreed to expand cooperation. Both countries are members of the Meridian Alliance.',
      'Kenya and Uganda signed a border deal on Monday. The two countries are members of the East African Community.',
    ],
    noMatch: ['Peru and Chile agreed to expand cooperation. Peru is a member of the Meridian Alliance.'],
  },
  'membership.members-of-a-and-b': {
    match: [
      'Peru and Chile are members of the Meridian Alliance and of the Andean Community.',
      'Vietnam and Malaysia are members of the Association of Southeast Asian Nations and the Asia-Pacific Economic Cooperation forum.',
    ],
    noMatch: ['Peru and Chile are members of the Meridian Alliance. Brazil is part of the Andean Community.'],
  },
  'membership.bloc-includes': {
    match: [
      'Ministers met at the Meridian Alliance on Monday. It is a bloc that includes Peru, Chile and Colombia.',
      'Leaders praised the Southern African Development Community. The bloc that includes Botswana, Zambia and Namibia met in May.',
    ],
    noMatch: ['Leaders praised the Southern African Development Community. Botswana, Zambia and Namibia also attended.'],
  },
  'membership.which-includes': {
    match: [
      'The talks were hosted by the Meridian Alliance, which includes Peru, Chile and Colombia.',
      'The Southern African Development Community, which also includes Botswana and Zambia, met in May.',
    ],
    noMatch: ['The Meridian Alliance, which Peru and Chile praised, met in May.'],
  },
  'membership.of-which-member': {
    match: [
      'The Meridian Alliance, of which Peru is a founding member, met in May.',
      'Trade ministers of the Andean Community, of which Bolivia is a full member, met in Lima.',
    ],
    noMatch: ['Peru and Chile attended the Meridian Alliance, of which Brazil is not a member.'],
  },
  'membership.of-which-not-others': {
    match: [
      'Peru and Chile attended the Meridian Alliance, of which Brazil is not a member.',
      'Peru, Chile and Brazil met at the Meridian Alliance, of which Brazil is not a member.',
    ],
    noMatch: ['The Meridian Alliance, of which Peru is a founding member, met in May.'],
  },
  'membership.partners-in': {
    match: [
      'Canada and Mexico, partners in the North American Free Trade Agreement, agreed to talks.',
      'Chile and Peru, parties to the Pacific Fisheries Agreement, met in Lima.',
    ],
    noMatch: ['Canada and Mexico discussed the North American Free Trade Agreement on Monday.'],
  },
  'membership.country-pair-partners-in': {
    match: [
      'Kenya and Uganda held talks on Monday. The two countries are also partners in the East African Customs Protocol.',
      'Peru and Chile met in Lima. Both countries are parties to the Pacific Fisheries Agreement.',
    ],
    noMatch: ['Kenya and Uganda held talks on Monday. The two countries discussed the East African Customs Protocol.'],
  },
  'membership.agreement-member-party': {
    match: [
      'Vietnam is a member of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.',
      'Chile joined the Pacific Fisheries Agreement in 2019.',
      'Chile is a member of the Pacific Fisheries Agreement along with Peru.',
    ],
    noMatch: [
      'Chile is not a member of the Pacific Fisheries Agreement.',
      'Finland joined the North Atlantic Treaty Organization in 2023.',
    ],
  },
  'membership.agreement-between': {
    match: [
      'The Fisheries Agreement between Peru and Ecuador expires next year.',
      'Exports rose under the Free Trade Agreement between Vietnam and Chile.',
    ],
    noMatch: ['Officials from Peru and Ecuador discussed the Fisheries Agreement on Monday.'],
  },
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
  'membership.other-bloc-members': {
    match: [
      'Greek farm minister Yannis Pappas urged that other EC countries should take some of the imports.',
      'Portugal asked other EU member states to share the cost.',
    ],
    noMatch: [
      'Greek farm minister Yannis Pappas, a critic of the plan, said other EC countries should take some of the imports.',
      'Officials said other EU member states would share the cost.',
    ],
  },
  // Constructions (constructions.ts): patterns over units, run by the matcher.
  'membership.list-apposed-members': {
    match: ['Indonesia and Malaysia, both members of ASEAN, objected.', 'Peru, Chile and Colombia, all Andean Community members, signed.'],
    noMatch: ['Indonesia and Malaysia, which want to join ASEAN, objected.'],
  },
  'membership.bloc-members-list': {
    match: ['EC members Britain and France opposed the plan.', 'OPEC countries such as Kuwait and Iraq cut output.'],
    noMatch: ['EU members said Spain and Portugal disagreed.'],
  },
  'membership.delegates-meeting-of': {
    match: [
      'On Monday the heads of government of Chile, Peru and Bolivia convened for the first leaders’ meeting of the “K4Z” Group.',
      'The leaders of Chile, Peru and Bolivia met in Lima for a summit of the Andean Grain Group.',
    ],
    noMatch: ['The leaders of Chile, Peru and Bolivia will meet in Lima for a summit of the Andean Grain Group.'],
  },
  'membership.bloc-comprises': {
    match: [
      'The European Community, which includes Denmark, Ireland and Greece, met in Brussels.',
      'The Andean Community groups Peru, Chile and Bolivia.',
      "Vestacor's 12 members include Chile and Peru.",
      'Chile, Peru and Bolivia form the Council for Andean Grain.',
    ],
    noMatch: ["The Andean Community met Peru's demands.", 'Chile and Peru will form the Council for Andean Grain.'],
  },
  'membership.country-membership': {
    match: [
      'Japan, a member of GATT, agreed.',
      'Norway joined the Organisation for Economic Cooperation and Development in 1961.',
      "Spain's membership of NATO was debated.",
    ],
    noMatch: ['Norway is not a member of the European Union.', 'Norway may join the European Union.'],
  },
  'membership.other-members': {
    match: ['France and other EU members objected.', 'Peru and its Mercosur partners protested.'],
    noMatch: ['France and other countries objected.'],
  },
};
