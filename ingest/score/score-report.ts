/*
 * Scoreboard: the per-type tables (entities, the Minister diagnostic, relations), the per-document
 * details and the closing `entityF1=… relationF1=… docs=N` line, printed as the dev set's score.mjs
 * prints them.
 */

import { f3, precisionRecall } from './precision-recall.js';
import type { CorpusScore } from './score-corpus.js';
import type { Counts } from './score-types.js';

interface TypeTable {
  lines: string[];
  micro: { gold: number; pred: number; tp: number; f: number };
}

function countsLine(label: string, c: Counts): string {
  const m = precisionRecall(c.tp, c.pred, c.gold);
  return `  ${label.padEnd(18)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)} ${String(c.tp).padStart(5)}  ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f)}`;
}

/** One row per type (sorted by name) and a MICRO row summing them. */
function typeTable(title: string, counts: Record<string, Counts>): TypeTable {
  const lines = [`${title.padEnd(20)}  gold  pred    tp      P      R     F1`];
  const total: Counts = { gold: 0, pred: 0, tp: 0 };
  for (const type of Object.keys(counts).sort()) {
    const c = counts[type]!;
    total.gold += c.gold;
    total.pred += c.pred;
    total.tp += c.tp;
    lines.push(countsLine(type, c));
  }
  lines.push(countsLine('MICRO', total));
  return { lines, micro: { ...total, f: precisionRecall(total.tp, total.pred, total.gold).f } };
}

/** The entity table, the Minister diagnostic and the relation table. */
export function scoreReport(score: CorpusScore): { lines: string[]; entityF1: number; relationF1: number } {
  const entities = typeTable('Entities by type', score.entities);
  const relations = typeTable('Relations by type', score.relations);
  const m = score.minister;
  const mm = precisionRecall(m.tp, m.pred, m.gold);
  const lines = [
    ...entities.lines,
    `  (Minister label on Person, diagnostic: gold ${m.gold} pred ${m.pred} tp ${m.tp}  P ${f3(mm.p)} R ${f3(mm.r)} F1 ${f3(mm.f)})`,
    '',
    ...relations.lines,
  ];
  return { lines, entityF1: entities.micro.f, relationF1: relations.micro.f };
}

/** Each document's misses and spurious items; a spurious relation names the rules that made it. */
export function detailReport(score: CorpusScore): string[] {
  const lines: string[] = [];
  for (const { name, score: d } of score.perDocument) {
    lines.push(`--- ${name}`);
    if (d.missedEntities.length) lines.push(`  missed entities: ${d.missedEntities.join(' | ')}`);
    if (d.spuriousEntities.length) lines.push(`  spurious entities: ${d.spuriousEntities.join(' | ')}`);
    if (d.missedRelations.length) lines.push(`  missed relations: ${d.missedRelations.join(' | ')}`);
    if (d.spuriousRelations.length)
      lines.push(
        `  spurious relations: ${d.spuriousRelations.map((r) => (r.rules.length ? `${r.text} [${r.rules.join(', ')}]` : r.text)).join(' | ')}`,
      );
  }
  return lines;
}

/** The last line of every score run. */
export function summaryLine(score: CorpusScore, entityF1: number, relationF1: number): string {
  return `entityF1=${f3(entityF1)} relationF1=${f3(relationF1)} docs=${score.docs}`;
}
