/* Table tests: every visit example yields (or not) a relation credited to its rule. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';
import { examples } from './examples.js';

const credited = (text: string, rule: string): boolean => extractDocument({ text }).relations.some((r) => r.rules.includes(rule));

describe('visit examples', () => {
  for (const [rule, { match, noMatch }] of Object.entries(examples)) {
    it.each(match)(`${rule} matches %s`, (text) => expect(credited(text, rule)).toBe(true));
    it.each(noMatch)(`${rule} does not match %s`, (text) => expect(credited(text, rule)).toBe(false));
  }
});
