/* Tests: normalizeText. */

import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['curly quotes', '\u201CHello\u201D, it\u2019s', '"Hello", it\'s'],
    ['en dash between years', '2025\u20132028', '2025-2028'],
    ['em dash kept as one character', 'ports \u2014 Montreal', 'ports — Montreal'],
    ['non-breaking and repeated spaces', 'a\u00A0b   c', 'a b c'],
    ['decomposed accents', 'Franc\u0327ois', 'François'],
    ['invisible characters', 'Sheinbaum\u200B', 'Sheinbaum'],
  ])('when the text has %s, then it is normalized', (_what, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('when wire copy is hard-wrapped mid-sentence, then the lines are joined', () => {
    const wrapped = 'The minister said on Tuesday that the government would\nintroduce new measures next week.\nSecond paragraph.';
    expect(normalizeText(wrapped)).toBe(
      'The minister said on Tuesday that the government would introduce new measures next week.\nSecond paragraph.',
    );
  });

  it('when a short heading precedes the story, then it stays on its own line', () => {
    expect(normalizeText('Trade talks resume\n\nOfficials met today.')).toBe('Trade talks resume\n\nOfficials met today.');
  });

  it('when wire copy opens each paragraph with an indent, then a name wrapped at a short line is joined', () => {
    const wire =
      'TRADE TALKS RESUME\n\n    LONDON, May 4 - Trade Minister Jane\nDoe said talks would resume.\n    The talks broke off\nin March.\n';
    expect(normalizeText(wire)).toBe(
      'TRADE TALKS RESUME\n\nLONDON, May 4 - Trade Minister Jane Doe said talks would resume.\nThe talks broke off in March.',
    );
  });

  it('when paragraphs are not indented, then a short line before a capitalised one stays a break', () => {
    expect(normalizeText('Summary\nThe minister spoke.')).toBe('Summary\nThe minister spoke.');
  });
});
