/* The ingest progress reporter: documents/s and an ETA, on plain lines when the stream is not a terminal. */

import { describe, expect, it } from 'vitest';
import { formatDuration, progressReporter, rateAndEta } from './progress-reporter.js';

describe('progress reporter', () => {
  it('when 50 of 200 documents took 10 s, then it shows 5.0 docs/s and 30s left', () => {
    expect(rateAndEta(50, 200, 10_000)).toEqual({ rate: '5.0 docs/s', eta: '30s' });
  });

  it('when nothing is done yet, then the rate and the ETA are unknown; when all is done, the ETA is 0s', () => {
    expect(rateAndEta(0, 10, 0)).toEqual({ rate: '– docs/s', eta: '?' });
    expect(rateAndEta(10, 10, 2000).eta).toBe('0s');
  });

  it('when durations are long, then they read as minutes and hours', () => {
    expect(formatDuration(185)).toBe('3m 05s');
    expect(formatDuration(3720)).toBe('1h 02m');
  });

  it('when the stream is not a terminal, then each line carries the rate and the ETA', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    let t = 0;
    const progress = progressReporter(stream, 'ingest', () => t);
    progress.update(0, 100, 'a.txt');
    t = 20_000;
    progress.update(50, 100, 'b.txt');
    expect(lines.at(-1)).toBe('ingest: 50/100 documents, 2.5 docs/s, ETA 20s (b.txt)\n');
  });
});
