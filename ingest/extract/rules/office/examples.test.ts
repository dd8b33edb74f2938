/* Tests: the office rules' examples run through the whole extractor. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';
import { examples } from './examples.js';

const credited = (text: string, rule: string): boolean => extractDocument({ text }).relations.some((r) => r.rules.includes(rule));

describe('office rule examples', () => {
  for (const [rule, { match, noMatch }] of Object.entries(examples)) {
    it.each(match)(`when the text is %s, then ${rule} fires`, (text) => expect(credited(text, rule)).toBe(true));
    it.each(noMatch)(`when the text is %s, then ${rule} does not fire`, (text) => expect(credited(text, rule)).toBe(false));
  }
});
