/* Tests: documentTitle. */

import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title.js';

describe('documentTitle', () => {
  it.each([
    ['Headline here\nBody.', undefined, 'Headline here'],
    ['# Markdown heading\nBody.', null, 'Markdown heading'],
    ['Body only.', 'Given title', 'Given title'],
    ['\n\nLate first line\n', undefined, 'Late first line'],
  ])('when the text is %j and the title %j, then the title is %j', (text, given, expected) => {
    expect(documentTitle(text, given)).toBe(expected);
  });
});
