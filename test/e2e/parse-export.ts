/* E2E: parses each downloaded export so a test can prove the file is well-formed, not just present. */

import { DOMParser } from '@xmldom/xmldom';
import { unzipSync, strFromU8 } from 'fflate';
import { parseCsv } from '../server/server-harness.js';

export interface ParsedExport {
  /** Entities found in the file (nodes, rows or MERGE statements). */
  nodes: number;
}

function parseXml(text: string, nodeTag: string): ParsedExport {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(text, 'text/xml');
  if (errors.length) throw new Error(`XML does not parse: ${errors.join('; ')}`);
  return { nodes: doc.getElementsByTagName(nodeTag).length };
}

export function parseExport(format: string, bytes: Buffer): ParsedExport {
  switch (format) {
    case 'png':
      if (bytes.subarray(1, 4).toString('latin1') !== 'PNG' || bytes.length < 2000) throw new Error('not a PNG image with content');
      return { nodes: 0 };
    case 'json': {
      const parsed = JSON.parse(bytes.toString('utf8')) as { nodes: unknown[] };
      return { nodes: parsed.nodes.length };
    }
    case 'graphml':
      return parseXml(bytes.toString('utf8'), 'node');
    case 'gexf':
      return parseXml(bytes.toString('utf8'), 'node');
    case 'csv': {
      const files = unzipSync(new Uint8Array(bytes));
      const nodesFile = Object.keys(files).find((name) => /node/i.test(name));
      if (!nodesFile) throw new Error(`CSV zip without a nodes file: ${Object.keys(files).join(', ')}`);
      const rows = parseCsv(strFromU8(files[nodesFile]!));
      return { nodes: rows.filter((r) => r.some((c) => c !== '')).length - 1 };
    }
    case 'cypher': {
      const statements = bytes
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('//'));
      if (!statements.every((s) => s.trimEnd().endsWith(';'))) throw new Error('a Cypher line is not a complete statement');
      return { nodes: statements.filter((s) => s.startsWith('MERGE (n:')).length };
    }
    default:
      throw new Error(`unknown format ${format}`);
  }
}
