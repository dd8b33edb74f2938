/* Server: the application's version, read once from package.json. */

import { readFileSync } from 'node:fs';

export const APP_VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();
