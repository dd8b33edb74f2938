/* Server HTTP: named editor and reader tokens — parsing, the user a token belongs to. */

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config.js';
import { editorOf, editorTokens, userOfToken } from './require-write-token.js';

describe('tokens', () => {
  it('when NEWSGRAPH_TOKENS names editors, then each token maps to its name and the write token is user editor', () => {
    const config = loadConfig({ NEWSGRAPH_TOKENS: 'alice:a-secret, bob:b:with:colons', NEWSGRAPH_WRITE_TOKEN: 'w' });
    expect(config.editorTokens).toEqual([
      { user: 'alice', token: 'a-secret' },
      { user: 'bob', token: 'b:with:colons' },
    ]);
    const tokens = editorTokens(config);
    expect(userOfToken('a-secret', tokens)).toBe('alice');
    expect(userOfToken('b:with:colons', tokens)).toBe('bob');
    expect(userOfToken('w', tokens)).toBe('editor');
    expect(userOfToken('nope', tokens)).toBeUndefined();
    expect(userOfToken(undefined, tokens)).toBeUndefined();
  });

  it('when a write carries a reader token, then 403 (known, not allowed); a wrong or missing one, 401; no editors configured, 403', () => {
    const config = loadConfig({ NEWSGRAPH_TOKENS: 'alice:a-secret', NEWSGRAPH_READ_TOKENS: 'team:r-secret' });
    expect(editorOf('a-secret', config)).toBe('alice');
    expect(() => editorOf('r-secret', config)).toThrow(expect.objectContaining({ status: 403, code: 'read_only_token' }));
    expect(() => editorOf('nope', config)).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => editorOf(undefined, config)).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => editorOf('a-secret', loadConfig({ NEWSGRAPH_READ_TOKENS: 'team:r-secret' }))).toThrow(
      expect.objectContaining({ status: 403, code: 'writes_disabled' }),
    );
  });

  it('when nothing is set, then no editors and no readers; a malformed list is a config error naming it', () => {
    const config = loadConfig({});
    expect(config.editorTokens).toEqual([]);
    expect(config.readTokens).toEqual([]);
    expect(editorTokens(config)).toEqual([]);
    expect(() => loadConfig({ NEWSGRAPH_READ_TOKENS: 'justatoken' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEWSGRAPH_TOKENS: 'alice:' })).toThrow(/NEWSGRAPH_TOKENS/);
  });
});
