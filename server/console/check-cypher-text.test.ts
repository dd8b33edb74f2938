/* Server console: unit tests of the text guards (no database). */

import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { checkCypherText } from './check-cypher-text.js';
import { stripCypher } from './strip-cypher.js';

const codeOf = (query: string): string | undefined => {
  try {
    checkCypherText(query);
    return undefined;
  } catch (err) {
    return (err as AppError).code;
  }
};

describe('checkCypherText', () => {
  it.each([
    ['MATCH (n) RETURN n', undefined],
    ["RETURN 'LOAD CSV USE SHOW' AS s", undefined],
    ['MATCH (n) WHERE n.show = 1 RETURN n.use', undefined],
    ['CALL db.labels()', undefined],
    ['CALL { MATCH (n) RETURN n } RETURN n', undefined],
    ["LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", 'load_csv_refused'],
    ['load/**/csv from $u as r return r', 'load_csv_refused'],
    ['USE neo4j MATCH (n) RETURN n', 'use_refused'],
    ['SHOW INDEXES', 'show_refused'],
    ['TERMINATE TRANSACTION $id', 'terminate_refused'],
    ['MATCH (n) CALL (n) { DELETE n } IN 3 CONCURRENT TRANSACTIONS', 'call_in_transactions_refused'],
    ['CALL apoc.load.json("http://x")', 'procedure_refused'],
    ['CALL `db`.`labels`()', 'procedure_refused'],
    ['ALTER USER neo4j SET PASSWORD "x"', 'admin_refused'],
    ['RETURN 1; RETURN 2', 'multiple_statements'],
    ['RETURN 1;', undefined],
  ])('when the query is %s, then the verdict is %s', (query, code) => {
    expect(codeOf(query)).toBe(code);
  });

  it('when literals and comments are stripped, then positions are kept', () => {
    const q = "RETURN 'a;b' // c\n/* d */ AS x";
    expect(stripCypher(q)).toHaveLength(q.length);
    expect(stripCypher(q)).not.toMatch(/[;cd]/);
  });
});
