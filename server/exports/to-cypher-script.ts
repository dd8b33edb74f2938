/* Server exports: a script of parameter-free MERGE statements (one per line) that recreates the export. */

import type { ExportGraph } from './export-graph.js';

/** A Cypher string literal: backslash escapes for quotes, backslash and every control character. */
export function cypherString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A name in backticks, backticks doubled. */
export const cypherName = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

export function cypherValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return String(value).replace('e+', 'e');
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  if (typeof value === 'object') return cypherString(JSON.stringify(value));
  return cypherString(String(value));
}

const cypherMap = (props: Record<string, unknown>): string =>
  `{${Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`)
    .join(', ')}}`;

export function toCypherScript(graph: ExportGraph, meta: { scope: string; exportedAt: string }): string {
  const lines = [
    `// Newsgraph export (${meta.scope}), ${meta.exportedAt}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships.`,
    '// Replay with cypher-shell or the Neo4j Browser into an empty database; statements are idempotent.',
  ];
  const primary = new Map<string, string>();
  for (const n of graph.nodes) {
    primary.set(n.id, n.type);
    const extra = n.labels
      .filter((l) => l !== n.type)
      .map((l) => `:${cypherName(l)}`)
      .join('');
    lines.push(
      `MERGE (n:${cypherName(n.type)} {id: ${cypherString(n.id)}}) SET ${extra ? `n${extra}, ` : ''}n += ${cypherMap(n.properties)};`,
    );
  }
  for (const e of graph.edges) {
    const a = primary.get(e.source);
    const b = primary.get(e.target);
    if (!a || !b) continue;
    lines.push(
      `MATCH (a:${cypherName(a)} {id: ${cypherString(e.source)}}), (b:${cypherName(b)} {id: ${cypherString(e.target)}}) ` +
        `MERGE (a)-[r:${cypherName(e.type)} {id: ${cypherString(e.id)}}]->(b) SET r += ${cypherMap(e.properties)};`,
    );
  }
  return `${lines.join('\n')}\n`;
}
