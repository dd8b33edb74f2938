/* Config: the URL-fetch settings — defaults, parsing, and a bad flag named in the error. */

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('fetch settings', () => {
  it('when nothing is set, then 15 s, 5 MB, 5 redirects and private addresses refused', () => {
    expect(loadConfig({})).toMatchObject({
      fetchTimeoutMs: 15_000,
      fetchMaxBytes: 5_242_880,
      fetchMaxRedirects: 5,
      allowPrivateUrls: false,
    });
  });

  it('when NEWSGRAPH_ALLOW_PRIVATE_URLS is true or 1, then private addresses are allowed; anything else but false/0 is an error', () => {
    expect(loadConfig({ NEWSGRAPH_ALLOW_PRIVATE_URLS: 'true' }).allowPrivateUrls).toBe(true);
    expect(loadConfig({ NEWSGRAPH_ALLOW_PRIVATE_URLS: '1' }).allowPrivateUrls).toBe(true);
    expect(loadConfig({ NEWSGRAPH_ALLOW_PRIVATE_URLS: 'false' }).allowPrivateUrls).toBe(false);
    expect(() => loadConfig({ NEWSGRAPH_ALLOW_PRIVATE_URLS: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEWSGRAPH_FETCH_MAX_BYTES: '12' })).toThrow(/NEWSGRAPH_FETCH_MAX_BYTES/);
  });
});
