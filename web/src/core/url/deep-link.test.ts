/* Core/url: deep links round-trip the view state and stay short for the default view. */

import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW_STATE } from '../state.js';
import { decodeLink, encodeLink, type LinkState } from './deep-link.js';

const { path: _path, fresh: _fresh, ...base }: typeof INITIAL_VIEW_STATE = INITIAL_VIEW_STATE;

describe('deep links', () => {
  it('when the view is the default, then the query string is empty', () => {
    expect(encodeLink(base)).toBe('');
    expect(decodeLink('')).toEqual(base);
  });

  it.each<[string, Partial<LinkState>]>([
    ['a selection and expansions', { selected: 'person:claudia-sheinbaum', expanded: ['country:MX', 'country:CA'] }],
    ['filters, including showing every relation type', { hiddenTypes: ['Place', 'Event'], hiddenRelTypes: [], hiddenNodes: ['org:cbc'] }],
    ['a console query with punctuation', { panel: 'console', consoleQuery: "MATCH (n {name: 'A & B'}) RETURN n LIMIT 5" }],
    ['appearance and the open document', { sizeBy: 'pagerank', colorBy: 'community', panel: 'document', documentId: 'abc123' }],
    ['a time range and edge width by sources', { time: { from: '2025-03-01', to: '2025-03-31' }, edgeWidthBy: 'sources' }],
    ['isolated entities shown', { showIsolated: true }],
    ['an "as of" day', { time: { from: null, to: '2024-12-31' } }],
    ['a saved view with an expansion on top', { view: 'c0ffee-1234', expanded: ['country:MX'], panel: 'views' }],
  ])('when the link holds %s, then decoding restores it', (_, patch) => {
    const state = { ...base, ...patch };
    expect(decodeLink(encodeLink(state))).toEqual(state);
  });

  it('when the time range is malformed or reversed, then there is no time filter', () => {
    expect(decodeLink('?from=2025-03-31&to=2025-03-01').time).toBeNull();
    expect(decodeLink('?from=yesterday&to=2025-03-01').time).toBeNull();
    expect(decodeLink('?asOf=2025-13-45').time).toBeNull();
    expect(encodeLink({ ...base, time: { from: null, to: '2025-01-02' } })).toBe('?asOf=2025-01-02');
  });

  it('when the panel is unknown, then the default panel is used', () => {
    expect(decodeLink('?panel=nope').panel).toBe('details');
  });
});
