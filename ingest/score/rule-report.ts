/* Scoreboard: the per-rule table — each family's totals, then its rules, sorted by family then id. */

import { f3 } from './precision-recall.js';
import type { FamilyScore, RuleScore } from './rule-scores.js';

function row(label: string, s: Omit<RuleScore, 'id' | 'family'>, width: number): string {
  const p = s.predicted ? f3(s.precision) : '    -';
  const r = s.gold ? f3(s.recall) : '    -';
  return `  ${label.padEnd(width)} ${String(s.predicted).padStart(5)} ${String(s.tp).padStart(5)}  ${p}  ${r}  ${String(s.gold).padStart(5)}  ${s.emits.join(' ')}`;
}

export function ruleReport(families: readonly FamilyScore[]): string[] {
  const width = Math.max(24, ...families.flatMap((f) => f.rules.map((r) => r.id.length + 2)));
  const lines = [
    "Relations by rule (a relation's rules share its credit or blame; R = tp / gold relations of the types the rule emits)",
    `  ${'family / rule'.padEnd(width)}  pred    tp      P      R   gold  emits`,
  ];
  for (const f of families) {
    lines.push(row(`${f.family}`, f, width));
    for (const r of f.rules) lines.push(row(`  ${r.id}`, r, width));
  }
  return lines;
}
