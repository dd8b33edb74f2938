/* Tests: VISITED from travel cues and from meetings held in another country's capital. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

const visits = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.filter((x) => x.type === 'VISITED').map((x) => `${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('findVisits', () => {
  it('when a minister of one country met a counterpart in the other country\'s capital, then only the guest visited it', () => {
    expect(visits('Kenyan Trade Minister Moses Kuria met Egyptian Trade Minister Ahmed Samir in Cairo on Monday.')).toEqual(['Moses Kuria -> Cairo']);
  });

  it('when a person will travel to a place, then the person visited it', () => {
    expect(visits('Chilean President Gabriel Boric will travel to Canberra next month.')).toEqual(['Gabriel Boric -> Canberra']);
  });

  it('when a person will travel to an unknown town, then the town is a place the person visited', () => {
    expect(visits('Chilean President Gabriel Boric spoke. Boric will travel to Antofagasta for the mining fair.')).toEqual(['Gabriel Boric -> Antofagasta']);
  });

  it('when a meeting is "at <Name>, the presidential residence", then the name is a place, not a person', () => {
    const r = extractDocument({ text: 'Kenyan Trade Minister Moses Kuria met President Ernesto Zedillo at Los Pinos, the presidential residence.' });
    expect(r.entities.filter((e) => e.name === 'Los Pinos').map((e) => e.type)).toEqual(['Place']);
  });
});
