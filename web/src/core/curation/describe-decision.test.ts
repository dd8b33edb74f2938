/* Core/curation: decisions in words — each kind reads from its payload. */

import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../../ontology/api-types.js';
import { describeDecision, reviewOf } from './describe-decision.js';

describe('describeDecision', () => {
  it.each([
    ['merge', { into: 'person:ana-ruiz', from: ['person:a-ruiz'], names: ['A. Ruiz'] }, 'Merge', 'A. Ruiz → person:ana-ruiz'],
    ['keep-apart', { ids: ['org:x', 'org:y'], names: ['X Bank', 'X Group'] }, 'Keep apart', 'X Bank ≠ X Group'],
    [
      'review',
      { relationId: 'rel:1', verdict: 'rejected', source: 'person:a', target: 'country:FI', note: 'misread' },
      'Reject',
      'person:a → country:FI · “misread”',
    ],
    ['review', { relationId: 'rel:1', verdict: 'confirmed', source: 'person:a', target: 'country:FI' }, 'Confirm', 'person:a → country:FI'],
    [
      'edit',
      { id: 'person:a', previousName: 'Ann', name: 'Anna', addAliases: ['A.'], removeAliases: ['Annie'] },
      'Edit',
      'Ann: renamed to “Anna”, + alias “A.”, − alias “Annie”',
    ],
    ['edit', { id: 'org:x', previousName: 'X', type: 'Place', newId: 'place:x' }, 'Edit', 'X: type Place (now place:x)'],
  ] as const)('when a %s decision is listed, then it reads as a title and a line', (kind, payload, title, line) => {
    expect(describeDecision({ kind, payload })).toEqual({ title, line });
  });

  it('when names are known, then ids read as names', () => {
    const names: Record<string, string> = { 'person:a': 'Ana Ruiz', 'country:FI': 'Finland' };
    const nameOf = (id: string) => names[id] ?? id;
    expect(
      describeDecision({ kind: 'review', payload: { verdict: 'confirmed', source: 'person:a', target: 'country:FI' } }, nameOf).line,
    ).toBe('Ana Ruiz → Finland');
    expect(describeDecision({ kind: 'merge', payload: { into: 'person:a', from: ['person:b'] } }, nameOf).line).toBe('person:b → Ana Ruiz');
  });

  it('when an edge has no or an unknown review value, then it is unreviewed', () => {
    const edge: GraphEdge = {
      id: 'rel:1',
      type: 'MET_WITH',
      source: 'a',
      target: 'b',
      properties: {},
      confidence: 0.5,
      evidenceCount: 1,
      rules: [],
    };
    expect(reviewOf({ ...edge })).toBeNull();
    expect(reviewOf({ ...edge, review: 'confirmed' })).toBe('confirmed');
    expect(reviewOf({ ...edge, review: null })).toBeNull();
  });
});
