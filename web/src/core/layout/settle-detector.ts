/* Core/layout: decides when ForceAtlas2 has settled — mean node displacement per iteration, relative to the drawing's size. */

export interface SettleOptions {
  /** Settled when mean displacement / extent stays below this… */
  threshold: number;
  /** …for this many consecutive iterations. */
  patience: number;
}

export const DEFAULT_SETTLE: SettleOptions = { threshold: 0.002, patience: 5 };

export function createSettleDetector(options: SettleOptions = DEFAULT_SETTLE) {
  let previous: Float64Array | null = null;
  let calm = 0;
  let lastRatio = Infinity;
  return {
    /** Feeds the positions after one iteration (x0,y0,x1,y1…); returns true once settled. */
    push(positions: Float64Array): boolean {
      if (!previous || previous.length !== positions.length) {
        previous = positions.slice();
        return false;
      }
      let moved = 0;
      let minX = Infinity,
        maxX = -Infinity,
        minY = Infinity,
        maxY = -Infinity;
      for (let i = 0; i < positions.length; i += 2) {
        const x = positions[i]!,
          y = positions[i + 1]!;
        moved += Math.hypot(x - previous[i]!, y - previous[i + 1]!);
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      const nodes = positions.length / 2;
      const extent = Math.max(1e-9, Math.hypot(maxX - minX, maxY - minY));
      lastRatio = moved / nodes / extent;
      previous = positions.slice();
      calm = lastRatio < options.threshold ? calm + 1 : 0;
      return calm >= options.patience;
    },
    lastRatio: () => lastRatio,
  };
}
