/* Foundation tests: `npm run …` stopped with SIGTERM (a service manager, `kill`) cleans up as Ctrl-C does —
   the signal reaches the program (the npm scripts exec it, so no shell sits between them and swallows it),
   which stops the launcher it started and removes launcher.json. */

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('when `npm run db` gets SIGTERM, then the launcher stops and launcher.json is removed', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-sigterm-'));
  const record = path.join(dataDir, 'launcher.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEWSGRAPH_NEO4J_DATA: dataDir,
    NEWSGRAPH_NEO4J_BOLT_PORT: '0',
    NEWSGRAPH_NEO4J_HEAP: '512m',
    NEWSGRAPH_NEO4J_PAGECACHE: '64',
  };
  const npm = spawn('npm', ['run', '--silent', 'db'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  let javaPid: number | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: npm.stdout! }).on('line', (line) => {
        if (line.startsWith('neo4j: ready at')) resolve();
      });
      npm.once('exit', (code) => reject(new Error(`npm run db exited with ${code} before Neo4j was ready`)));
    });
    expect(existsSync(record)).toBe(true);
    javaPid = (JSON.parse(readFileSync(record, 'utf8')) as { pid: number }).pid;
    expect(alive(javaPid)).toBe(true);

    npm.kill('SIGTERM');
    await exited;
    expect(existsSync(record)).toBe(false);
    // The JVM is gone too: the program waited for it before exiting.
    expect(alive(javaPid)).toBe(false);
  } finally {
    if (javaPid && alive(javaPid)) process.kill(javaPid, 'SIGKILL');
    if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);
