/* Scoreboard: precision, recall and F1 from counts (0 when a denominator is 0). */

export interface PrecisionRecall {
  p: number;
  r: number;
  f: number;
}

export function precisionRecall(tp: number, predicted: number, gold: number): PrecisionRecall {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

/** Three decimals, as every table prints them. */
export function f3(x: number): string {
  return x.toFixed(3);
}
