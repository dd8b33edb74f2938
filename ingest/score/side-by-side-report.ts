/*
 * Scoreboard: two sets side by side — the set rules are tuned on and a set kept for checking that a
 * change generalises — per entity type, relation type, genre (document-name prefix) and rule.
 */

import { f3, precisionRecall } from './precision-recall.js';
import type { CorpusScore } from './score-corpus.js';
import type { FamilyScore } from './rule-scores.js';
import type { Counts } from './score-types.js';

export interface ScoredSet {
  label: string;
  score: CorpusScore;
  families: readonly FamilyScore[];
}

const CELL = 24;

function cell(c: Counts | undefined): string {
  if (!c || (c.gold === 0 && c.pred === 0)) return '-'.padStart(CELL);
  const m = precisionRecall(c.tp, c.pred, c.gold);
  return `${String(c.tp).padStart(4)}/${String(c.gold).padEnd(4)} ${f3(m.p)} ${f3(m.r)} ${f3(m.f)}`.padStart(CELL);
}

function sum(table: Record<string, Counts>): Counts {
  const t: Counts = { gold: 0, pred: 0, tp: 0 };
  for (const c of Object.values(table)) {
    t.gold += c.gold;
    t.pred += c.pred;
    t.tp += c.tp;
  }
  return t;
}

/** The genre of a document: its name up to the first "-" or digit ("gov-03" → "gov", "reuters2017-4" → "reuters2017"). */
function genreOf(name: string): string {
  return /^([a-z]+(?:\d{4})?)/i.exec(name)?.[1] ?? 'other';
}

function byGenre(score: CorpusScore): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const { name, score: d } of score.perDocument) {
    const g = (out[genreOf(name)] ??= { gold: 0, pred: 0, tp: 0 });
    for (const c of Object.values(d.relations)) {
      g.gold += c.gold;
      g.pred += c.pred;
      g.tp += c.tp;
    }
  }
  return out;
}

function table(
  title: string,
  rows: string[],
  a: (k: string) => Counts | undefined,
  b: (k: string) => Counts | undefined,
  width: number,
): string[] {
  return [title, ...rows.map((k) => `  ${k.padEnd(width)} ${cell(a(k))} ${cell(b(k))}`)];
}

export function sideBySide(a: ScoredSet, b: ScoredSet): string[] {
  const rulesOf = (s: ScoredSet): Map<string, Counts> =>
    new Map(s.families.flatMap((f) => f.rules.map((r) => [r.id, { gold: r.gold, pred: r.predicted, tp: r.tp }] as const)));
  const ra = rulesOf(a);
  const rb = rulesOf(b);
  const fired = [...new Set([...ra.keys(), ...rb.keys()])].filter((id) => (ra.get(id)?.pred ?? 0) + (rb.get(id)?.pred ?? 0) > 0).sort();
  const width = Math.max(22, ...fired.map((id) => id.length));
  const head = (label: string): string => `${label.padStart(CELL)}`;
  const sub = `${'tp/gold      P     R    F1'.padStart(CELL)}`;
  const keys = (x: Record<string, Counts>, y: Record<string, Counts>): string[] =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  /** A table of counts by type in both sets, closed by the micro-averaged row. */
  const byType = (title: string, x: Record<string, Counts>, y: Record<string, Counts>): string[] => [
    ...table(
      title,
      keys(x, y),
      (k) => x[k],
      (k) => y[k],
      width,
    ),
    `  ${'MICRO'.padEnd(width)} ${cell(sum(x))} ${cell(sum(y))}`,
  ];
  const ga = byGenre(a.score);
  const gb = byGenre(b.score);
  return [
    `  ${''.padEnd(width)} ${head(`${a.label} (${a.score.docs} docs)`)} ${head(`${b.label} (${b.score.docs} docs)`)}`,
    `  ${''.padEnd(width)} ${sub} ${sub}`,
    ...byType('Entities by type', a.score.entities, b.score.entities),
    ...byType('Relations by type', a.score.relations, b.score.relations),
    ...table(
      'Relations by genre',
      keys(ga, gb),
      (k) => ga[k],
      (k) => gb[k],
      width,
    ),
    ...table(
      'Relations by rule and construction (fired in either set; a relation credits every rule that found it)',
      fired,
      (k) => ra.get(k),
      (k) => rb.get(k),
      width,
    ),
  ];
}
