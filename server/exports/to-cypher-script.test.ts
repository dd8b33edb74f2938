/* Server exports: unit tests of the Cypher script writer (literals, names, statements). */

import { describe, expect, it } from 'vitest';
import { cypherName, cypherValue, toCypherScript } from './to-cypher-script.js';

describe('the Cypher script', () => {
  it('when values are written, then they are Cypher literals', () => {
    expect(cypherValue("O'Neil\\")).toBe("'O\\'Neil\\\\'");
    expect(cypherValue([1, 2.5, 'x'])).toBe("[1, 2.5, 'x']");
    expect(cypherValue(40.5e9)).toBe('40500000000');
    expect(cypherValue(1e21)).toBe('1e21');
    expect(cypherValue(null)).toBe('null');
    expect(cypherName('we`ird')).toBe('`we``ird`');
  });

  it('when a graph is written, then each node and relationship is one parameter-free MERGE line', () => {
    const script = toCypherScript(
      {
        nodes: [
          {
            id: 'person:a',
            labels: ['Person', 'Minister'],
            type: 'Person',
            name: 'A',
            degree: 1,
            documents: [],
            properties: { name: 'A\nB' },
          },
          {
            id: 'country:CA',
            labels: ['Country'],
            type: 'Country',
            name: 'Canada',
            degree: 1,
            documents: [],
            properties: { name: 'Canada' },
          },
        ],
        edges: [
          { id: 'rel:1', type: 'HOLDS_OFFICE', source: 'person:a', target: 'country:CA', directed: true, properties: { confidence: 0.9 } },
        ],
      },
      { scope: 'all', exportedAt: '2025-01-01T00:00:00Z' },
    );
    const lines = script
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('//'));
    expect(lines).toEqual([
      "MERGE (n:`Person` {id: 'person:a'}) SET n:`Minister`, n += {`name`: 'A\\nB'};",
      "MERGE (n:`Country` {id: 'country:CA'}) SET n += {`name`: 'Canada'};",
      "MATCH (a:`Person` {id: 'person:a'}), (b:`Country` {id: 'country:CA'}) MERGE (a)-[r:`HOLDS_OFFICE` {id: 'rel:1'}]->(b) SET r += {`confidence`: 0.9};",
    ]);
  });
});
