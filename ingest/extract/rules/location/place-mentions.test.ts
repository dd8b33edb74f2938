/* Tests: which names become Places — datelines, "X-based", capitals standing for governments, companies after "in". */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extract-documents.js';

const typed = (text: string, name: string): string[] =>
  extractDocument({ text })
    .entities.filter((e) => e.name === name || e.aliases.includes(name))
    .map((e) => e.type);

describe('place mentions', () => {
  it('when a wrapped wire dateline opens the story, then its city is a place', () => {
    expect(
      typed('TRADE TALKS END\n\n    ABU DHABI, March 22 - French Foreign Minister Jean\nRaimond said talks would go on.', 'Abu Dhabi'),
    ).toEqual(['Place']);
  });

  it('when a name is "X-based", then X is a place', () => {
    expect(typed('He works for a Bristol-based firm, analysts said.', 'Bristol')).toEqual(['Place']);
  });

  it('when a capital is the partner of talks or a regime, then it is the country, not a place', () => {
    expect(typed('The EC is keen to negotiate with Tokyo on the issue.', 'Tokyo')).toEqual(['Country']);
    expect(typed('Sanctions against the Pretoria regime were eased.', 'Pretoria')).toEqual(['Country']);
  });

  it('when a capital only qualifies a noun ("Moscow-backed"), then it is neither a place nor a country mention', () => {
    expect(typed('The Moscow-backed candidate lost the vote.', 'Moscow')).toEqual([]);
  });

  it('when a company follows "a stake in" or a verb follows "<city>, X", then X is no place', () => {
    expect(typed('Kestrel sold its stake in Telvora last year.', 'Telvora')).not.toContain('Place');
    expect(typed('In London, Brenwick fell 2.2% to 55 pence.', 'Brenwick')).not.toContain('Place');
  });
});
