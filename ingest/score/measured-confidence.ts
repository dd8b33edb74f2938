/*
 * Scoreboard: each rule's confidence as measured — its precision smoothed as (tp + 1) / (n + 2)
 * over the n relations it produced, to two decimals; rules that never fired are left out (the
 * extractor gives them UNMEASURED_CONFIDENCE). Keys sorted, so the file is deterministic.
 */

import type { FamilyScore } from './rule-scores.js';

export interface MeasuredConfidence {
  measuredOn: string;
  rules: Record<string, number>;
}

export function smoothedPrecision(tp: number, predicted: number): number {
  return Math.round(((tp + 1) / (predicted + 2)) * 100) / 100;
}

/** `measuredOn`: "<gold dir's parent>/<gold dir> / <N> docs / <YYYY-MM-DD>". */
export function measuredConfidence(families: readonly FamilyScore[], measuredOn: string): MeasuredConfidence {
  const rules: Record<string, number> = {};
  const fired = families.flatMap((f) => f.rules).filter((r) => r.predicted > 0);
  for (const r of fired.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) rules[r.id] = smoothedPrecision(r.tp, r.predicted);
  return { measuredOn, rules };
}

export function confidenceJson(c: MeasuredConfidence): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
