/* Tests: unifyEntities (through extractDocuments, across documents). */

import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../extract-documents.js';

describe('unifyEntities', () => {
  it('when one document defines an acronym and another uses the long form, then they are one agreement', () => {
    const r = extractDocuments([
      { text: 'Leaders praised the North American Free Trade Agreement (NAFTA) on Monday.' },
      { text: 'Critics said the North American Free Trade Agreement cost jobs.' },
      { text: 'NAFTA took effect in 1994, officials recalled in Ottawa.' },
    ]);
    const agreements = r.entities.filter((e) => e.type === 'Agreement');
    expect(agreements.map((e) => e.id)).toEqual(['agreement:nafta']);
    expect(agreements[0]!.mentions?.length).toBe(3);
  });

  it('when a surname alone names a person fully named in another document, then it is one person', () => {
    const r = extractDocuments([
      { text: 'German Chancellor Olaf Scholz spoke on Monday.' },
      { text: 'Scholz told reporters he was pleased.' },
    ]);
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['person:olaf-scholz']);
  });

  it('when a described partnership and its full name appear, then they are one agreement', () => {
    const r = extractDocuments([
      { text: 'Chile and Peru signed a strategic partnership agreement on Monday.' },
      { text: 'The Comprehensive Strategic Partnership between Chile and Peru took effect.' },
    ]);
    expect(r.entities.filter((e) => e.type === 'Agreement').map((e) => e.name)).toEqual(['Comprehensive Strategic Partnership']);
  });
});
