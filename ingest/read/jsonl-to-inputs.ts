/* Ingest read: JSONL → one SourceInput per line of {title, text, url, source, outlet, publishedAt}. */

import type { SourceInput } from '../source-input.js';

export interface JsonlInputs {
  inputs: SourceInput[];
  /** One entry per bad line, e.g. `{line: 3, reason: "invalid JSON: …"}`. */
  rejected: { line: number; reason: string }[];
}

const OPTIONAL_STRINGS = ['title', 'url', 'source', 'outlet', 'publishedAt'] as const;

export function jsonlToInputs(content: string, defaultSource: string): JsonlInputs {
  const inputs: SourceInput[] = [];
  const rejected: JsonlInputs['rejected'] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      rejected.push({ line, reason: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      rejected.push({ line, reason: 'not a JSON object' });
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      rejected.push({ line, reason: '"text" is missing or empty' });
      return;
    }
    const input: SourceInput = { text: record.text, source: `${defaultSource}:${line}` };
    for (const key of OPTIONAL_STRINGS) {
      const field = record[key];
      if (field === undefined || field === null) continue;
      if (typeof field !== 'string') {
        rejected.push({ line, reason: `"${key}" must be a string` });
        return;
      }
      input[key] = field;
    }
    // A line's own `source` names who published it ("Reuters") unless it says `outlet`.
    if (!input.outlet && typeof record.source === 'string' && record.source.trim() !== '') input.outlet = record.source;
    inputs.push(input);
  });
  return { inputs, rejected };
}
