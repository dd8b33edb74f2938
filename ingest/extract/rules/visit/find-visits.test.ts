/* Tests: VISITED from travel cues and from meetings held in another country's capital. */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

const visits = (text: string): string[] => {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.filter((x) => x.type === 'VISITED').map((x) => `${name.get(x.source)} -> ${name.get(x.target)}`);
};

describe('findVisits', () => {
  it("when a minister of one country met a counterpart in the other country's capital, then only the guest visited it", () => {
    expect(visits('Kenyan Trade Minister Moses Kuria met Egyptian Trade Minister Ahmed Samir in Cairo on Monday.')).toEqual([
      'Moses Kuria -> Cairo',
    ]);
  });

  it('when a person travelled to a place, then the person visited it', () => {
    expect(visits('Chilean President Gabriel Boric travelled to Canberra last month.')).toEqual(['Gabriel Boric -> Canberra']);
  });

  it('when a person only will travel to a place, then no visit yet (planned, not happened)', () => {
    expect(visits('Chilean President Gabriel Boric will travel to Canberra next month.')).toEqual([]);
    expect(visits('Boric said he would visit Canberra later this year, his first trip to Australia.')).toEqual([]);
  });

  it('when a person will travel to an unknown town, then the town is still a place', () => {
    const r = extractDocument({ text: 'Chilean President Gabriel Boric spoke. Boric will travel to Antofagasta for the mining fair.' });
    expect(r.entities.filter((e) => e.name === 'Antofagasta').map((e) => e.type)).toEqual(['Place']);
  });

  it('when a wire story opens with a dateline, then only the foreign office holder present there visited it', () => {
    const text =
      'BANGKOK, Oct 19 - Australian Trade Minister John Kerin said farm talks went well.\nThai Commerce Minister Somchai Wong told a news conference the talks would go on. Kerin, here on a three-day visit, said the group would meet again.';
    expect(visits(text)).toEqual(['John Kerin -> Bangkok']);
  });

  it('when a meeting is "at <Name>, the presidential residence", then the name is a place, not a person', () => {
    const r = extractDocument({
      text: 'Kenyan Trade Minister Moses Kuria met President Ernesto Zedillo at Los Pinos, the presidential residence.',
    });
    expect(r.entities.filter((e) => e.name === 'Los Pinos').map((e) => e.type)).toEqual(['Place']);
  });
});
