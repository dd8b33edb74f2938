/* Server console: refuses what a read-only console must never run, before Neo4j sees the query. */

import { AppError } from '../errors/app-error.js';
import { ALLOWED_PROCEDURES, isAllowedProcedure } from './allowed-procedures.js';
import { stripCypher } from './strip-cypher.js';

const kw = (word: string): RegExp => new RegExp(`(?<![.$\\w])${word}\\b(?!\\s*:)`, 'i');

const RULES: { pattern: RegExp; code: string; why: string }[] = [
  { pattern: /(?<![.$\w])LOAD\s+CSV\b/i, code: 'load_csv_refused', why: 'LOAD CSV is not allowed: the console cannot read files or URLs.' },
  { pattern: kw('USE'), code: 'use_refused', why: 'USE is not allowed: the console only queries the configured database.' },
  { pattern: kw('SHOW'), code: 'show_refused', why: 'SHOW commands are not allowed in the console.' },
  { pattern: kw('TERMINATE'), code: 'terminate_refused', why: 'TERMINATE is not allowed in the console.' },
  {
    pattern: /\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    code: 'call_in_transactions_refused',
    why: 'CALL … IN TRANSACTIONS is not allowed: the console runs one read transaction.',
  },
  {
    pattern:
      /^\s*(?:CREATE|DROP|ALTER|GRANT|DENY|REVOKE|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|RENAME|DRYRUN)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+)?(?:DATABASE|USER|ROLE|ALIAS|SERVER|PRIVILEGE|ALL|IMMUTABLE|CURRENT)\b/i,
    code: 'admin_refused',
    why: 'Administration commands are not allowed in the console.',
  },
  {
    pattern: /^\s*(?:EXPLAIN|PROFILE|CYPHER)\b/i,
    code: 'query_option_refused',
    why: 'EXPLAIN, PROFILE and CYPHER options are not supported; send the query alone.',
  },
];

const PROCEDURE_CALL = /(?<![.$\w])CALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_q][\w]*)*)/gi;

export function checkCypherText(query: string): void {
  const text = stripCypher(query);
  for (const rule of RULES) if (rule.pattern.test(text)) throw AppError.badRequest(rule.code, rule.why);
  if (/;\s*\S/.test(text)) throw AppError.badRequest('multiple_statements', 'Send one statement at a time.');
  for (const match of text.matchAll(PROCEDURE_CALL)) {
    const name = match[1]!.replace(/\s+/g, '');
    if (!isAllowedProcedure(name)) {
      throw AppError.badRequest(
        'procedure_refused',
        `The procedure ${name} is not allowed in the console; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
      );
    }
  }
}
