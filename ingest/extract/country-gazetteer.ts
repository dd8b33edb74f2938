/* Extraction: the country gazetteer (names, official names, spellings, demonyms) from world-countries. */

import countries from 'world-countries';
import { ENGLISH_DISPLAY_NAMES, EXTRA_COUNTRY_FORMS, FORMER_COUNTRY_NAMES, HISTORICAL_STATES } from './lexicons/country-forms.js';

interface CountryRecord {
  iso2: string;
  iso3: string;
  name: string;
  capitals: string[];
}

interface CountryForm {
  iso2: string;
  form: 'name' | 'demonym';
}

export interface CountryGazetteer {
  byIso2: Map<string, CountryRecord>;
  /** Surface form (exact case) → country. */
  forms: Map<string, CountryForm>;
  /** Capital city name → iso2. */
  capitals: Map<string, string>;
  /** Longest form, in words. */
  maxWords: number;
}

const DEMONYM_FORMS = new Set([
  'American',
  'Americans',
  'British',
  'Britons',
  'English',
  'Chinese',
  'Russian',
  'Korean',
  'South Korean',
  'North Korean',
  'Dutch',
  'Taiwanese',
  'Vietnamese',
  'Turkish',
  'Iranian',
  'Emirati',
  'Filipino',
  'Philippine',
  'Saudi',
  'Kiwi',
  'Swiss',
  'Ivorian',
  'Congolese',
  'Brazilian',
  'Argentine',
  'Argentinian',
  'Canadians',
  'Mexicans',
  'Japanese',
  'Germans',
  'Indians',
  'Brazilians',
  'Australians',
  'Aussie',
]);

let cached: CountryGazetteer | null = null;

function isUsable(form: string): boolean {
  return form.length >= 4 && /^[\p{Lu}][\p{L} .'-]+$/u.test(form) && !form.includes(',');
}

/** Built once per process and then only read, so extraction stays free of shared mutable state. */
export function countryGazetteer(): CountryGazetteer {
  if (cached) return cached;
  const byIso2 = new Map<string, CountryRecord>();
  const forms = new Map<string, CountryForm>();
  const capitals = new Map<string, string>();
  const add = (form: string, iso2: string, kind: CountryForm['form']): void => {
    if (!forms.has(form)) forms.set(form, { iso2, form: kind });
  };
  for (const c of countries) {
    if (!c.independent && !['TW', 'PS', 'HK', 'XK'].includes(c.cca2)) continue;
    byIso2.set(c.cca2, { iso2: c.cca2, iso3: c.cca3, name: ENGLISH_DISPLAY_NAMES[c.cca2] ?? c.name.common, capitals: c.capital ?? [] });
    add(c.name.common, c.cca2, 'name');
    add(c.name.official, c.cca2, 'name');
    for (const alt of c.altSpellings) if (isUsable(alt)) add(alt, c.cca2, 'name');
    const dem = c.demonyms?.eng;
    if (dem?.m && isUsable(dem.m)) add(dem.m, c.cca2, 'demonym');
    if (dem?.f && isUsable(dem.f)) add(dem.f, c.cca2, 'demonym');
    if (dem?.m && /[^s]$/.test(dem.m) && isUsable(dem.m)) add(`${dem.m}s`, c.cca2, 'demonym');
    for (const capital of c.capital ?? []) capitals.set(capital, c.cca2);
  }
  for (const [form, iso2] of Object.entries(EXTRA_COUNTRY_FORMS)) {
    forms.set(form, { iso2, form: DEMONYM_FORMS.has(form) ? 'demonym' : 'name' });
  }
  for (const s of HISTORICAL_STATES) {
    byIso2.set(s.iso2, { iso2: s.iso2, iso3: s.iso3, name: s.name, capitals: [] });
    for (const n of s.names) forms.set(n, { iso2: s.iso2, form: 'name' });
    for (const d of s.demonyms) forms.set(d, { iso2: s.iso2, form: 'demonym' });
  }
  for (const [form, iso2] of Object.entries(FORMER_COUNTRY_NAMES))
    if (!forms.has(form)) forms.set(form, { iso2, form: /(?:an|ean|ian)$/.test(form) ? 'demonym' : 'name' });
  capitals.set('Washington', 'US');
  capitals.set('Washington, D.C.', 'US');
  let maxWords = 1;
  for (const form of forms.keys()) maxWords = Math.max(maxWords, form.split(' ').length);
  cached = { byIso2, forms, capitals, maxWords };
  return cached;
}
