/* Lexicon: words that make a proper-noun phrase a place, and the `kind` they imply. */

export const PLACE_HEADS: Record<string, string> = {
  city: 'city', town: 'city', village: 'city', province: 'province', state: 'state', county: 'county',
  prefecture: 'prefecture', region: 'region', district: 'district', territory: 'territory', port: 'port',
  harbour: 'port', harbor: 'port', palace: 'building', building: 'building', hall: 'building', tower: 'building',
  house: 'building', square: 'square', street: 'street', avenue: 'street', airport: 'airport', gulf: 'body of water',
  sea: 'body of water', ocean: 'body of water', river: 'river', lake: 'body of water', bay: 'body of water',
  strait: 'body of water', canal: 'body of water', channel: 'body of water', island: 'island', islands: 'island',
  peninsula: 'region', valley: 'region', mountains: 'region', mountain: 'region', coast: 'region', desert: 'region',
  park: 'park', bridge: 'building', crossing: 'border crossing', plant: 'facility', refinery: 'facility',
  mine: 'facility', base: 'facility', capitol: 'building', hill: 'building',
};

/** Lower-case cues before a place name: "the province of X", "the port of X". */
export const PLACE_CUES: Record<string, string> = {
  province: 'province', state: 'state', city: 'city', port: 'port', ports: 'port', town: 'city',
  region: 'region', prefecture: 'prefecture', island: 'island', territory: 'territory', capital: 'city',
};

/** Continents and broad regions: never a person, not emitted as places either. */
export const REGIONS = new Set([
  'north america', 'south america', 'latin america', 'central america', 'america', 'americas', 'asia', 'europe',
  'africa', 'oceania', 'antarctica', 'middle east', 'east asia', 'southeast asia', 'south asia', 'asia-pacific',
  'indo-pacific', 'pacific', 'atlantic', 'arctic', 'caribbean', 'west', 'east', 'global south', 'eurasia',
  'north american', 'south american', 'latin american', 'asian', 'european', 'african', 'western', 'eastern',
  'scandinavia', 'balkans', 'gulf', 'sub-saharan africa', 'north africa', 'central asia', 'nordic', 'baltic',
]);
