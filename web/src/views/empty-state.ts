/* Views: what an empty database shows instead of a blank canvas — how to ingest. */

import { h } from './dom.js';

export function emptyState(): HTMLElement {
  return h(
    'div',
    { class: 'empty-state', dataset: { state: 'empty' } },
    h('h2', null, 'The graph is empty'),
    h('p', null, 'Ingest some news articles to see their people, countries, agreements and tariffs here.'),
    h('pre', { class: 'code' }, 'NEO4J_URI=bolt://… npm run ingest -- path/to/articles/'),
    h('p', null, 'The five sample articles ship in ', h('code', null, 'seeds/'), ': ', h('code', null, 'npm run ingest -- seeds'), '.'),
    h('p', { class: 'hint' }, 'Or drop a .txt, .md or .html file anywhere on this page (the server needs NEWSGRAPH_WRITE_TOKEN).'),
  );
}

export function errorState(message: string, retry: () => void): HTMLElement {
  return h(
    'div',
    { class: 'empty-state', dataset: { state: 'error' } },
    h('h2', null, 'The graph could not be loaded'),
    h('p', { class: 'error-text' }, message),
    h('button', { type: 'button', class: 'btn primary', onclick: retry }, 'Retry'),
  );
}
