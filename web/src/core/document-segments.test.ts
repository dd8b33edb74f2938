/* Core: document segmentation for the reader — mentions, overlaps and the evidence sentence. */

import { describe, expect, it } from 'vitest';
import type { DocumentMention } from '../../../ontology/api-types.js';
import { documentSegments, findSentence } from './document-segments.js';

const mention = (start: number, end: number, entityId = 'x'): DocumentMention => ({ entityId, type: 'Person', start, end, text: '' });

describe('documentSegments', () => {
  it('when mentions do not overlap, then text round-trips and mentions are marked', () => {
    const text = 'Carney met Sheinbaum.';
    const segments = documentSegments(text, [mention(0, 6, 'a'), mention(11, 20, 'b')], null);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Carney', 'Sheinbaum']);
  });

  it('when mentions overlap, then the first and longest wins', () => {
    const segments = documentSegments('Prime Minister Carney', [mention(0, 21, 'long'), mention(15, 21, 'short')], null);
    expect(segments.filter((s) => s.mention).map((s) => s.mention!.entityId)).toEqual(['long']);
  });

  it('when an evidence range is given, then only its segments are flagged', () => {
    const text = 'One. Two Marsh. Three.';
    const range = findSentence(text, 'Two Marsh.');
    const segments = documentSegments(text, [mention(9, 15)], range);
    expect(
      segments
        .filter((s) => s.inEvidence)
        .map((s) => s.text)
        .join(''),
    ).toBe('Two Marsh.');
  });

  it('when the sentence differs only in whitespace, then it is still found', () => {
    expect(findSentence('a  b\nc d', 'b c')).toEqual({ start: 3, end: 6 });
    expect(findSentence('abc', 'zzz')).toBeNull();
  });
});
