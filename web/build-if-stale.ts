/* Web: builds web/dist when it is missing or older than any source it is built from (used by e2e tests and bench:web). */

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'ontology'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function ensureWebBuild(): void {
  const index = join(ROOT, 'web/dist/index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built > newest) return;
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
