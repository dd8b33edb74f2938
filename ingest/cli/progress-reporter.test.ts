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

describe('progress reporter on a terminal', () => {
  const terminal = () => {
    const out: string[] = [];
    const stream = { isTTY: true, columns: 200, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
    return { out, stream };
  };

  it('when the first documents are reported only after their chunk loaded, then the rate counts the time since the start', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    let t = 0;
    const progress = progressReporter(stream, 'ingest', () => t);
    t = 12_000; // 36 documents extracted and loaded before the first report
    progress.update(36, 36, '');
    expect(lines).toEqual(['ingest: 36/36 documents, 3.0 docs/s, ETA 0s\n']);
  });

  it('when it is a terminal, then one line is redrawn in place with the true rate and ETA, and stop ends it with a newline', () => {
    const { out, stream } = terminal();
    let t = 0;
    const progress = progressReporter(stream, 'ingest', () => t);
    t = 4_000;
    progress.update(10, 40, 'a.txt');
    t = 4_050; // within the redraw interval: not drawn yet
    progress.update(12, 40, 'b.txt');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^\r.*10\/40 documents \| 2\.5 docs\/s \| ETA 12s \| a\.txt\x1b\[K$/);
    t = 8_000;
    progress.update(40, 40, 'c.txt');
    progress.stop();
    expect(out.at(-2)).toMatch(/^\r.*40\/40 documents \| 5\.0 docs\/s \| ETA 0s \| c\.txt\x1b\[K$/);
    expect(out.at(-1)).toBe('\n');
    progress.update(41, 41, 'late.txt');
    progress.stop();
    expect(out.at(-1)).toBe('\n');
    expect(out.join('')).not.toMatch(/[⠁-⣿]/);
  });

  it('when nothing was reported, then stop writes nothing', () => {
    const { out, stream } = terminal();
    progressReporter(stream).stop();
    expect(out).toEqual([]);
  });
});
