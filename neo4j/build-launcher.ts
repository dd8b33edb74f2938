/* Local Neo4j: builds the Maven launcher on first use (offline once Maven's cache is warm). */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = join(dirname(fileURLToPath(import.meta.url)), 'launcher');
const CLASSES = join(LAUNCHER_DIR, 'target', 'classes');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');

/** The launcher's classpath (`classes:lib/*`). */
export const launcherClasspath = (): string => `${CLASSES}:${LIB}/*`;

function newestSource(): number {
  const files = [join(LAUNCHER_DIR, 'pom.xml')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(LAUNCHER_DIR, 'src'));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

export function isLauncherBuilt(): boolean {
  const marker = join(CLASSES, 'dev', 'newsgraph', 'neo4j', 'Launcher.class');
  return existsSync(marker) && existsSync(LIB) && readdirSync(LIB).length > 50 && statSync(marker).mtimeMs >= newestSource();
}

/** Builds the launcher unless it is up to date. Tries Maven offline first, then online. */
export function buildLauncher(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (isLauncherBuilt()) return;
  log('neo4j: building the local Neo4j launcher with Maven (first run downloads Neo4j 5.26 from Maven Central)…');
  for (const offline of [true, false]) {
    const args = ['-B', '-q', ...(offline ? ['-o'] : []), 'package', '-DskipTests'];
    const result = spawnSync('mvn', args, { cwd: LAUNCHER_DIR, stdio: offline ? 'pipe' : 'inherit' });
    if (result.error) throw new Error(`neo4j: could not run Maven (${result.error.message}); install Java 17 and Maven, or set NEO4J_URI`);
    if (result.status === 0) return;
  }
  throw new Error('neo4j: the Maven build of the launcher failed (see the output above)');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildLauncher();
  console.log(`neo4j: launcher ready in ${LAUNCHER_DIR}/target`);
}
