/* Tests: a bare product form joins its document's one fuller form. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-documents.js';

const products = (text: string) =>
  extractDocument({ text })
    .entities.filter((e) => e.type === 'Product')
    .map((e) => e.name)
    .sort();

describe('mergeProductForms', () => {
  it('when a text names "softwood lumber" and then "lumber", then they are one product', () => {
    expect(products('Canada shipped softwood lumber to the United States. Lumber imports fell 20 pct.')).toEqual(['softwood lumber']);
  });
  it('when two fuller forms end in the bare form, then the bare form stays apart', () => {
    expect(products('Exports of crude oil and palm oil rose, while oil imports fell.')).toEqual(['crude oil', 'oil', 'palm oil']);
  });
});

describe('mergeProductForms, closed compounds', () => {
  it('when a text names "pigmeat" and then "meat", then they are one product', () => {
    expect(products('Canada stopped imports of Danish pigmeat. Meat imports fell.')).toEqual(['pigmeat']);
  });
});
