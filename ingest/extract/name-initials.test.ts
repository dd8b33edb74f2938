/* Tests: nameInitials. */

import { describe, expect, it } from 'vitest';
import { nameInitials } from './name-initials.js';

describe('nameInitials', () => {
  it.each([
    ['Northern Coastal Trade Agreement', 'NCTA'],
    ['Office of the U.S. Trade Representative', 'OUSTR'],
    ['Organization for Grain-Exporting Countries', 'OGEC'],
    ['Bank of the Andes', 'BA'],
  ])('when the name is %s, then its initials are %s', (name, want) => expect(nameInitials(name)).toBe(want));
});
