/* Lexicon: extra everyday forms of country names and adjectives that the country library lacks. */

/** Surface form (case-sensitive) → ISO alpha-2. */
export const EXTRA_COUNTRY_FORMS: Record<string, string> = {
  'U.S.': 'US',
  US: 'US',
  USA: 'US',
  'U.S.A.': 'US',
  America: 'US',
  'United States of America': 'US',
  Americans: 'US',
  'U.K.': 'GB',
  UK: 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  British: 'GB',
  Britons: 'GB',
  England: 'GB',
  English: 'GB',
  Scotland: 'GB',
  'South Korea': 'KR',
  Korea: 'KR',
  'North Korea': 'KP',
  'Republic of Korea': 'KR',
  Korean: 'KR',
  'South Korean': 'KR',
  'North Korean': 'KP',
  China: 'CN',
  'Mainland China': 'CN',
  Chinese: 'CN',
  Russia: 'RU',
  Russian: 'RU',
  'Czech Republic': 'CZ',
  Holland: 'NL',
  Dutch: 'NL',
  'the Netherlands': 'NL',
  Netherlands: 'NL',
  Taiwan: 'TW',
  Taiwanese: 'TW',
  Vietnam: 'VN',
  'Viet Nam': 'VN',
  Vietnamese: 'VN',
  Turkey: 'TR',
  Türkiye: 'TR',
  Turkish: 'TR',
  Iran: 'IR',
  Iranian: 'IR',
  Syria: 'SY',
  Laos: 'LA',
  Emirati: 'AE',
  UAE: 'AE',
  'U.A.E.': 'AE',
  'United Arab Emirates': 'AE',
  Filipino: 'PH',
  Philippine: 'PH',
  Philippines: 'PH',
  Saudi: 'SA',
  'Saudi Arabia': 'SA',
  Kiwi: 'NZ',
  Swiss: 'CH',
  Ivorian: 'CI',
  Congolese: 'CD',
  Brazilian: 'BR',
  Argentine: 'AR',
  Argentinian: 'AR',
  Canadians: 'CA',
  Mexicans: 'MX',
  Japanese: 'JP',
  Germans: 'DE',
  Indians: 'IN',
  Brazilians: 'BR',
  Australians: 'AU',
  Aussie: 'AU',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Tanzania: 'TZ',
  Moldova: 'MD',
  'Cape Verde': 'CV',
  Macedonia: 'MK',
  Swaziland: 'SZ',
  Burma: 'MM',
  Myanmar: 'MM',
  'East Timor': 'TL',
};

/** Country names that are also common words or given names: only taken when not beside another name. */
/**
 * English display names where the country library's common name is the endonym rather than the
 * name English-language news uses (the endonym stays a recognised form and becomes an alias).
 */
export const ENGLISH_DISPLAY_NAMES: Record<string, string> = { TR: 'Turkey' };

export const AMBIGUOUS_COUNTRY_FORMS = new Set([
  'Jordan',
  'Chad',
  'Georgia',
  'Guinea',
  'Niger',
  'Turkey',
  'China',
  'Jersey',
  'Man',
  'Dominica',
  'Panama',
  'Israel',
  'America',
  'English',
  'Swiss',
  'Japanese',
]);

/** A state that no longer exists, as old wire copy names it; still a Country (ISO 3166-3 codes where there is one). */
export interface HistoricalState {
  iso2: string;
  iso3: string;
  name: string;
  names: readonly string[];
  demonyms: readonly string[];
}

/** Former states (dissolved, split or merged), not renamed ones: a renamed state is a form of today's country. */
export const HISTORICAL_STATES: readonly HistoricalState[] = [
  {
    iso2: 'SU',
    iso3: 'SUN',
    name: 'Soviet Union',
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
    demonyms: ['Soviet', 'Soviets'],
  },
  // West Germany has no code of its own in ISO 3166 (Germany kept DE); XW is from the user-assigned range.
  { iso2: 'XW', iso3: 'FRG', name: 'West Germany', names: ['West Germany'], demonyms: ['West German', 'West Germans'] },
  {
    iso2: 'DD',
    iso3: 'DDR',
    name: 'East Germany',
    names: ['East Germany', 'German Democratic Republic', 'GDR'],
    demonyms: ['East German', 'East Germans'],
  },
  { iso2: 'YU', iso3: 'YUG', name: 'Yugoslavia', names: ['Yugoslavia'], demonyms: ['Yugoslav', 'Yugoslavs', 'Yugoslavian'] },
  {
    iso2: 'CS',
    iso3: 'CSK',
    name: 'Czechoslovakia',
    names: ['Czechoslovakia'],
    demonyms: ['Czechoslovak', 'Czechoslovaks', 'Czechoslovakian'],
  },
  {
    iso2: 'YD',
    iso3: 'YMD',
    name: 'South Yemen',
    names: ['South Yemen', "People's Democratic Republic of Yemen"],
    demonyms: ['South Yemeni'],
  },
  { iso2: 'VD', iso3: 'VDR', name: 'North Vietnam', names: ['North Vietnam'], demonyms: ['North Vietnamese'] },
  { iso2: 'XV', iso3: 'SVN', name: 'South Vietnam', names: ['South Vietnam'], demonyms: ['South Vietnamese'] },
  { iso2: 'RH', iso3: 'RHO', name: 'Rhodesia', names: ['Rhodesia'], demonyms: ['Rhodesian', 'Rhodesians'] },
];

/** Former names of countries that still exist (renamed, not dissolved): forms of today's country. */
export const FORMER_COUNTRY_NAMES: Record<string, string> = {
  Zaire: 'CD',
  Zairean: 'CD',
  Zairian: 'CD',
  Ceylon: 'LK',
  'Upper Volta': 'BF',
  Dahomey: 'BJ',
  Kampuchea: 'KH',
  Kampuchean: 'KH',
  Siam: 'TH',
  Persia: 'IR',
  'North Yemen': 'YE',
  'Yemen Arab Republic': 'YE',
  'Ivory Coast': 'CI',
};
