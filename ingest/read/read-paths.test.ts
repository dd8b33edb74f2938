/* Ingest read: every input kind and every bad-input case of readPaths. */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completePublication } from './complete-publication.js';
import { readPaths } from './read-paths.js';
import { globToRegExp } from './glob-to-regexp.js';

let dir: string;
const write = (name: string, content: string | Buffer): string => {
  const full = join(dir, name);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPaths', () => {
  it('when a .txt file is read, then the text is whole and the title is left to extraction', async () => {
    write('plain.txt', '\nOttawa talks resume\nCanada and Mexico met on Monday.\n');
    const { inputs, rejected } = await readPaths(['plain.txt'], { baseDir: dir });
    expect(rejected).toEqual([]);
    expect(inputs).toEqual([{ text: '\nOttawa talks resume\nCanada and Mexico met on Monday.\n', source: 'plain.txt' }]);
  });

  it('when a .md file has a heading, then the heading is the title and markup is dropped', async () => {
    write('story.md', 'Intro line\n\n# Steel tariffs rise\n\nThe **United States** raised [tariffs](http://x.test) on steel.\n');
    const { inputs } = await readPaths(['story.md'], { baseDir: dir });
    expect(inputs[0]!.title).toBe('Steel tariffs rise');
    expect(inputs[0]!.text).toContain('The United States raised tariffs on steel.');
    expect(inputs[0]!.text).not.toContain('**');
  });

  it('when an .html file is read, then only the <title> and visible text remain', async () => {
    write(
      'page.html',
      '<html><head><title>Trade &amp; tariffs</title><style>p{color:red}</style></head>' +
        '<body><script>var secret = 1;</script><p>Mexico signed the accord.</p><p>Canada agreed.</p></body></html>',
    );
    const { inputs } = await readPaths(['page.html'], { baseDir: dir });
    expect(inputs[0]!.title).toBe('Trade & tariffs');
    expect(inputs[0]!.text).toBe('Mexico signed the accord.\n\nCanada agreed.');
  });

  it('when a .jsonl file has a malformed line, then that line is rejected with its number and the rest kept', async () => {
    write(
      'batch.jsonl',
      [
        JSON.stringify({ title: 'One', text: 'First text.', url: 'https://a.test/1', source: 'Wire', publishedAt: '2025-01-02' }),
        '{"title": "broken", "text": ',
        JSON.stringify({ text: 'Third text.' }),
        JSON.stringify({ title: 'no text' }),
      ].join('\n'),
    );
    const { inputs, rejected } = await readPaths(['batch.jsonl'], { baseDir: dir });
    expect(inputs).toEqual([
      { text: 'First text.', title: 'One', url: 'https://a.test/1', source: 'Wire', outlet: 'Wire', publishedAt: '2025-01-02' },
      { text: 'Third text.', source: 'batch.jsonl:3' },
    ]);
    expect(rejected.map((r) => r.path)).toEqual(['batch.jsonl:2', 'batch.jsonl:4']);
    expect(rejected[0]!.reason).toMatch(/^line 2: invalid JSON/);
    expect(rejected[1]!.reason).toMatch(/^line 4: "text" is missing/);
  });

  it('when a folder is given, then its supported files are read recursively in name order', async () => {
    write('folder/b.txt', 'Bee text.');
    write('folder/sub/a.md', 'Ay text.');
    write('folder/notes.pdf', 'not read');
    const { inputs, warnings } = await readPaths(['folder'], { baseDir: dir });
    expect(inputs.map((i) => i.source)).toEqual(['folder/b.txt', 'folder/sub/a.md']);
    expect(warnings).toEqual(['folder: skipped 1 file(s) of unsupported type']);
  });

  it('when a glob is given, then the files it matches are read, and a glob matching nothing is rejected', async () => {
    write('globbed/x1.txt', 'One.');
    write('globbed/deep/x2.txt', 'Two.');
    write('globbed/y.md', 'Three.');
    const { inputs } = await readPaths(['globbed/**/*.txt'], { baseDir: dir });
    expect(inputs.map((i) => i.source)).toEqual(['globbed/deep/x2.txt', 'globbed/x1.txt']);
    const none = await readPaths(['globbed/*.html'], { baseDir: dir });
    expect(none.rejected).toEqual([{ path: 'globbed/*.html', reason: 'no file matches' }]);
  });

  it('when a file is empty or whitespace only, then it is rejected as empty', async () => {
    write('empty.txt', '');
    write('blank.txt', '  \n\t\n ');
    const { inputs, rejected } = await readPaths(['empty.txt', 'blank.txt'], { baseDir: dir });
    expect(inputs).toEqual([]);
    expect(rejected).toEqual([
      { path: 'empty.txt', reason: 'empty file (no text)' },
      { path: 'blank.txt', reason: 'empty file (no text)' },
    ]);
  });

  it('when a file holds NUL bytes, then it is rejected as binary', async () => {
    write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const { rejected } = await readPaths(['image.txt'], { baseDir: dir });
    expect(rejected).toEqual([{ path: 'image.txt', reason: 'binary file (NUL byte at offset 4)' }]);
  });

  it('when a file is not valid UTF-8, then it is decoded as Latin-1 with a warning', async () => {
    write('latin.txt', Buffer.from('Canad\xe1 y M\xe9xico firmaron.', 'latin1'));
    const { inputs, warnings, rejected } = await readPaths(['latin.txt'], { baseDir: dir });
    expect(rejected).toEqual([]);
    expect(inputs[0]!.text).toBe('Canadá y México firmaron.');
    expect(warnings).toEqual(['latin.txt: not valid UTF-8; decoded as Latin-1']);
  });

  it('when a file is over 5 MB, then it is rejected with its size', async () => {
    write('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const { rejected } = await readPaths(['huge.txt'], { baseDir: dir });
    expect(rejected).toEqual([{ path: 'huge.txt', reason: 'file is 5.0 MB (5,242,881 bytes); the limit is 5 MB' }]);
  });

  it('when a path does not exist, then it is rejected and the other paths are still read', async () => {
    write('ok.txt', 'Fine.');
    const { inputs, rejected } = await readPaths(['missing.txt', 'ok.txt'], { baseDir: dir });
    expect(rejected).toEqual([{ path: 'missing.txt', reason: 'no such file or directory' }]);
    expect(inputs.map((i) => i.source)).toEqual(['ok.txt']);
  });

  it('when a file has an unsupported extension, then it is rejected naming the type', async () => {
    write('doc.pdf', '%PDF');
    const { rejected } = await readPaths(['doc.pdf'], { baseDir: dir });
    expect(rejected[0]!.reason).toMatch(/^unsupported file type "\.pdf"/);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'd/a.txt', false],
    ['d/**/*.txt', 'd/a.txt', true],
    ['d/**/*.txt', 'd/e/f/a.txt', true],
    ['d/*.{md,txt}', 'd/a.md', true],
    ['d/?.txt', 'd/ab.txt', false],
    ['d/[ab].txt', 'd/b.txt', true],
  ])('when the pattern is %s and the path %s, then it matches: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('readPaths: publication dates and outlets', () => {
  it('when an .html file carries article:published_time and og:site_name, then they are read', async () => {
    write(
      'dated/meta.html',
      '<html><head><meta property="article:published_time" content="2024-11-05T09:30:00Z"><meta property="og:site_name" content="Daily Ledger"></head><body><p>Chile signed the accord.</p></body></html>',
    );
    const { inputs } = await readPaths(['dated/meta.html'], { baseDir: dir });
    expect(inputs[0]).toMatchObject({ publishedAt: '2024-11-05T09:30:00Z', outlet: 'Daily Ledger' });
  });

  it('when an .html file has JSON-LD datePublished or a <time datetime>, then the date is read', async () => {
    write(
      'dated/ld.html',
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-01"}</script></head><body><p>Peru cut tariffs.</p></body></html>',
    );
    write('dated/time.html', '<html><body><article><time datetime="2022-08-09">9 Aug</time><p>Ghana signed.</p></article></body></html>');
    const { inputs } = await readPaths(['dated/ld.html', 'dated/time.html'], { baseDir: dir });
    expect(inputs.map((i) => i.publishedAt)).toEqual(['2023-02-01', '2022-08-09']);
  });

  it('when a .md file has front matter, then its date, outlet and title are read and it is not in the text', async () => {
    write(
      'dated/front.md',
      '---\ntitle: "Tariff truce"\ndate: 2025-03-02\noutlet: Harbour Times\n---\n\nKenya and Egypt agreed a truce.\n',
    );
    const { inputs } = await readPaths(['dated/front.md'], { baseDir: dir });
    expect(inputs[0]).toMatchObject({ title: 'Tariff truce', publishedAt: '2025-03-02', outlet: 'Harbour Times' });
    expect(inputs[0]!.text).not.toContain('outlet');
  });

  it('when a .jsonl line names an outlet or a source, then that is its outlet', async () => {
    write(
      'dated/lines.jsonl',
      [
        JSON.stringify({ text: 'One.', outlet: 'Wire A' }),
        JSON.stringify({ text: 'Two.', source: 'Wire B', publishedAt: '2020-01-01' }),
      ].join('\n'),
    );
    const { inputs } = await readPaths(['dated/lines.jsonl'], { baseDir: dir });
    expect(inputs.map((i) => [i.outlet, i.publishedAt ?? null])).toEqual([
      ['Wire A', null],
      ['Wire B', '2020-01-01'],
    ]);
  });

  it('when a file states no date, then it stays unknown, and --published-at fills only those without one', async () => {
    write('dated/plain.txt', 'Canada and Mexico met.');
    const { inputs } = await readPaths(['dated/plain.txt', 'dated/front.md'], { baseDir: dir });
    expect(inputs.map((i) => i.publishedAt ?? null)).toEqual([null, '2025-03-02']);
    const given = await readPaths(['dated/plain.txt', 'dated/front.md'], { baseDir: dir, publishedAt: '2019-05-05' });
    expect(given.inputs.map((i) => completePublication(i).publishedAt)).toEqual(['2019-05-05', '2025-03-02']);
    expect(given.inputs.map((i) => completePublication(i).dateSource)).toEqual(['published-at-option', 'metadata']);
  });

  it('when a dates.csv lies beside the files, then it dates those that date themselves nowhere, before --published-at', async () => {
    write('side/a.txt', 'Chile and Peru met.');
    write('side/sub/b.txt', 'Peru and Chile met.');
    write('side/c.txt', 'Bolivia said nothing.');
    write('side/2023-04-05-d.txt', 'Named by its file.');
    write('side/e.txt', 'Harbour Times\n14 February 2022\nChile said so.');
    write(
      'side/dates.csv',
      'file,date\na.txt,2021-02-03\nsub/b.txt,2021-02-04T10:00:00Z\n2023-04-05-d.txt,2020-01-01\ne.txt,2020-01-01\nnot-a-date.txt,03/02/2021\n',
    );
    const read = await readPaths(['side'], { baseDir: dir, publishedAt: '2019-05-05' });
    const dated = Object.fromEntries(
      read.inputs.map((i) => [i.source, [completePublication(i).publishedAt, completePublication(i).dateSource]]),
    );
    expect(dated).toEqual({
      'side/2023-04-05-d.txt': ['2023-04-05', 'file-name'],
      'side/a.txt': ['2021-02-03', 'dates-csv'],
      'side/c.txt': ['2019-05-05', 'published-at-option'],
      'side/e.txt': ['2022-02-14', 'date-line'],
      'side/sub/b.txt': ['2021-02-04T10:00:00Z', 'dates-csv'],
    });
    expect(read.warnings.join('\n')).toMatch(/dates\.csv: line 6: "03\/02\/2021" is not an ISO date/);
    expect(read.warnings.join('\n')).not.toMatch(/unsupported type/);
  });

  it('when --dates names a sidecar elsewhere, then its rows date the files by name', async () => {
    write('elsewhere/f.txt', 'Chile and Peru met again.');
    write('sheets/my-dates.csv', 'date,file\n2018-07-08,f.txt\n');
    const read = await readPaths(['elsewhere'], { baseDir: dir, datesFile: 'sheets/my-dates.csv' });
    expect(read.inputs.map((i) => completePublication(i).publishedAt)).toEqual(['2018-07-08']);
    const missing = await readPaths(['elsewhere'], { baseDir: dir, datesFile: 'sheets/none.csv' });
    expect(missing.warnings.join('\n')).toMatch(/none\.csv: cannot read the dates sidecar/);
    expect(missing.inputs.map((i) => completePublication(i).publishedAt ?? null)).toEqual([null]);
  });
});
