/* Tests: the trade rules' examples, run through the whole extractor. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';
import { examples } from './examples.js';

describe('trade rule examples', () => {
  for (const [id, { match, noMatch }] of Object.entries(examples)) {
    it.each(match)(`${id} matches "%s"`, (text) =>
      expect(extractDocument({ text }).relations.some((r) => r.rules.includes(id))).toBe(true),
    );
    if (noMatch.length)
      it.each(noMatch)(`${id} does not match "%s"`, (text) =>
        expect(extractDocument({ text }).relations.some((r) => r.rules.includes(id))).toBe(false),
      );
  }
});
