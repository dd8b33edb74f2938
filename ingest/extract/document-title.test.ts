/* Tests: documentTitle, titleLine and cutAtWord. */

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutAtWord } from './cut-at-word.js';
import { documentTitle, TITLE_MAX_CHARS } from './document-title.js';
import { titleLine } from './title-line.js';

const PARAGRAPH =
  'Peruvian President Rosalia Quispe and Chilean Prime Minister Tomas Errazuriz have signed a strategic partnership agreement to deepen economic, security and environmental cooperation. The pact was signed in Lima on Thursday.\nMore text follows.';

describe('documentTitle', () => {
  it.each([
    ['Headline here\nBody.', undefined, 'Headline here'],
    ['# Markdown heading\nBody.', null, 'Markdown heading'],
    ['Body only.', 'Given title', 'Given title'],
    ['\n\nLate first line\n\nBody text.', undefined, 'Late first line'],
    ['Will the Andean pact survive?\nThe review starts in 2026.', undefined, 'Will the Andean pact survive?'],
    ['Canada and Mexico met on Monday. Trade was discussed.\nMore text.', undefined, 'Canada and Mexico met on Monday'],
    ['Talks resumed with the U.S. The mood was calm.\nMore.', undefined, 'Talks resumed with the U.S.'],
    ['A single line without an end', undefined, 'A single line without an end'],
    [
      'Key Points\n- Leaders vow to deepen ties\nOTTAWA: Canada and Mexico signed a pact on Monday.\nMore.',
      undefined,
      'OTTAWA: Canada and Mexico signed a pact on Monday',
    ],
  ])('when the text is %j and the title %j, then the title is %j', (text, given, expected) => {
    expect(documentTitle(text, given)).toBe(expected);
  });

  it('when the first line is a paragraph, then the title is its first sentence cut at a word near 100 characters', () => {
    const title = documentTitle(PARAGRAPH);
    expect(title).toBe('Peruvian President Rosalia Quispe and Chilean Prime Minister Tomas Errazuriz have signed a strategic…');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS + 1);
  });

  it('when a given title is very long, then it is cut the same way', () => {
    const given = `${'Tariff '.repeat(40)}talks`;
    const title = documentTitle('Body.', given);
    expect(title).toMatch(/^(Tariff ){13}Tariff…$/);
  });

  it('when the seeds are titled, then no title is longer than 101 characters and none is a whole paragraph', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const titles = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => documentTitle(readFileSync(new URL(f, dir), 'utf8')));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) {
      expect(t.length).toBeLessThanOrEqual(TITLE_MAX_CHARS + 1);
      expect(t.length).toBeGreaterThan(10);
    }
  });
});

describe('titleLine', () => {
  it.each([
    ['Ottawa talks resume\nCanada and Mexico met.', 'Ottawa talks resume'],
    ['## Steel tariffs rise ##\nBody.', 'Steel tariffs rise'],
    ['Canada and Mexico met on Monday.\nMore.', null],
    ['He said "we agree."\nMore.', null],
    [`${'Long headline words '.repeat(10)}\nBody.`, null],
    ['Only one line', null],
    ['Key Points\n- Leaders vow to deepen ties\nBody.', null],
    ['Key Points\n\n1. Leaders vow to deepen ties\nBody.', null],
    ['   \n  ', null],
  ])('when the text is %j, then the title line is %j', (text, expected) => {
    expect(titleLine(text)).toBe(expected);
  });
});

describe('cutAtWord', () => {
  it('when the text fits, then it is returned with its spaces collapsed', () => {
    expect(cutAtWord('Short   text\nhere', 100)).toBe('Short text here');
  });

  it('when the text is too long, then it is cut at the last word that fits, with an ellipsis', () => {
    expect(cutAtWord('alpha beta gamma delta', 16)).toBe('alpha beta gamma…');
    expect(cutAtWord('alpha beta, gamma delta', 12)).toBe('alpha beta…');
  });

  it('when the only word boundary is far back, then the word itself is cut', () => {
    expect(cutAtWord(`ab ${'x'.repeat(50)}`, 20)).toBe(`ab ${'x'.repeat(17)}…`);
  });
});
