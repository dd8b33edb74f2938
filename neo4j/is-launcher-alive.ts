/* Local Neo4j: whether a pid is still a running launcher JVM (not dead, not reused by another program). */

import { readFileSync } from 'node:fs';

const LAUNCHER_CLASS = 'dev.newsgraph.neo4j.Launcher';

export function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Where /proc exists (Linux), a pid the system has handed to another program is not our launcher.
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  return cmdline.includes(LAUNCHER_CLASS);
}
