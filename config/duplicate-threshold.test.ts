/* Config: the near-duplicate threshold is validated like every setting. */

import { describe, expect, it } from 'vitest';
import { ConfigError, duplicateThreshold, loadConfig } from './config.js';

describe('NEWSGRAPH_DUPLICATE_THRESHOLD', () => {
  it('when unset, then it is 0.8; when set, then it is read as a number', () => {
    expect(duplicateThreshold({})).toBe(0.8);
    expect(duplicateThreshold({ NEWSGRAPH_DUPLICATE_THRESHOLD: '0.9' })).toBe(0.9);
    expect(loadConfig({ NEWSGRAPH_DUPLICATE_THRESHOLD: '0.75' }).duplicateThreshold).toBe(0.75);
  });

  it('when it is not a number between 0.5 and 1, then start-up stops naming it', () => {
    expect(() => duplicateThreshold({ NEWSGRAPH_DUPLICATE_THRESHOLD: 'high' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEWSGRAPH_DUPLICATE_THRESHOLD: '1.5' })).toThrow(/NEWSGRAPH_DUPLICATE_THRESHOLD/);
    expect(() => loadConfig({ NEWSGRAPH_DUPLICATE_THRESHOLD: '0.1' })).toThrow(/NEWSGRAPH_DUPLICATE_THRESHOLD/);
  });
});
