/* Extraction rules: a rule's confidence is its measured precision (rule-confidence.json, written by `npm run score -- --write-confidence`). */

import measured from './rule-confidence.json' with { type: 'json' };

/** Used for a rule the scoreboard has not measured yet (new, or it never fired on the dev set). */
const UNMEASURED_CONFIDENCE = 0.5;

const table: Readonly<Record<string, number>> = (measured as { rules: Record<string, number> }).rules;

export function ruleConfidence(rule: string): number {
  return table[rule] ?? UNMEASURED_CONFIDENCE;
}
