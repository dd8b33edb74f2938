/* Tests: countryGazetteer. */

import { describe, expect, it } from 'vitest';
import { countryGazetteer } from './country-gazetteer.js';

describe('countryGazetteer', () => {
  it.each([
    ['Canada', 'CA', 'name'],
    ['Canadian', 'CA', 'demonym'],
    ['Mexicans', 'MX', 'demonym'],
    ['U.S.', 'US', 'name'],
    ['US', 'US', 'name'],
    ['Britain', 'GB', 'name'],
    ['British', 'GB', 'demonym'],
    ['Republic of Korea', 'KR', 'name'],
    ['Soviet Union', 'SU', 'name'],
    ['USSR', 'SU', 'name'],
    ['Soviet', 'SU', 'demonym'],
    ['West German', 'XW', 'demonym'],
    ['East Germany', 'DD', 'name'],
    ['Yugoslav', 'YU', 'demonym'],
    ['Czechoslovakia', 'CS', 'name'],
    ['Zaire', 'CD', 'name'],
  ])('when the form is %s, then it is %s as a %s', (form, iso2, kind) => {
    expect(countryGazetteer().forms.get(form)).toEqual({ iso2, form: kind });
  });

  it('when a capital is looked up, then its country is known', () => {
    expect(countryGazetteer().capitals.get('Ottawa')).toBe('CA');
    expect(countryGazetteer().byIso2.get('MX')?.iso3).toBe('MEX');
  });

  it('when two-letter codes would be ambiguous words, then they are not forms', () => {
    expect(countryGazetteer().forms.has('IN')).toBe(false);
    expect(countryGazetteer().forms.has('CA')).toBe(false);
  });

  it('when a former state is looked up, then it is a country of its own with its own name', () => {
    expect(countryGazetteer().byIso2.get('SU')?.name).toBe('Soviet Union');
    expect(countryGazetteer().byIso2.get('XW')?.name).toBe('West Germany');
    expect(countryGazetteer().forms.get('Germany')?.iso2).toBe('DE');
  });
});
