/* API: tokens on requests — writes carry the signed-in token (asking when none is kept); reads carry it only once the server refused a read, and ask once. */

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Http = typeof import('./http.js');
type Call = { url: string; auth: string | null };

let calls: Call[];
let store: Map<string, string>;

/** A server whose reads need `readToken` (when given) and whose writes need `writeToken`. */
function serve(options: { readToken?: string; writeToken: string }) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const auth = new Headers(init.headers).get('authorization');
    calls.push({ url, auth });
    const write = (init.method ?? 'GET') !== 'GET';
    const needed = write ? options.writeToken : options.readToken;
    const ok = !needed || auth === `Bearer ${needed}` || (!write && auth === `Bearer ${options.writeToken}`);
    return new Response(ok ? '{"ok":true}' : '{"error":{"code":"unauthorized","message":"A valid bearer token is required."}}', {
      status: ok ? 200 : 401,
    });
  });
}

async function load(): Promise<Http> {
  vi.resetModules();
  return import('./http.js');
}

beforeEach(() => {
  calls = [];
  store = new Map();
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('tokens on requests', () => {
  it('when reads are open, then reads carry no token even when signed in, and writes carry it', async () => {
    serve({ writeToken: 'w' });
    const http = await load();
    store.set('newsgraph.writeToken', 'w');
    await http.getJson('/stats');
    await http.writeJson('POST', '/relations/rel%3A1/review', { verdict: 'confirmed' });
    expect(calls).toEqual([
      { url: '/api/stats', auth: null },
      { url: '/api/relations/rel%3A1/review', auth: 'Bearer w' },
    ]);
  });

  it('when a write is made without a token, then the prompt is asked and its token is sent; cancelling sends nothing', async () => {
    serve({ writeToken: 'w' });
    const http = await load();
    const prompt = vi.fn(async () => (store.set('newsgraph.writeToken', 'w'), 'w'));
    http.setTokenPrompt(prompt);
    await http.writeJson('PATCH', '/entities/person%3Aa', { name: 'B' });
    expect(prompt).toHaveBeenCalledWith('write');
    expect(calls[0]!.auth).toBe('Bearer w');

    store.clear();
    http.setTokenPrompt(async () => null);
    await expect(http.writeJson('POST', '/entities/merge', {})).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
  });

  it('when the server refuses reads, then parallel reads share one prompt, retry with the token, and later reads send it', async () => {
    serve({ readToken: 'r', writeToken: 'w' });
    const http = await load();
    const prompt = vi.fn(async () => (store.set('newsgraph.writeToken', 'r'), 'r'));
    http.setTokenPrompt(prompt);
    await Promise.all([http.getJson('/graph'), http.getJson('/stats')]);
    expect(prompt).toHaveBeenCalledTimes(1);
    await http.getJson('/search', { q: 'x' });
    expect(calls.at(-1)).toEqual({ url: '/api/search?q=x', auth: 'Bearer r' });
  });

  it('when the read prompt is cancelled, then it is not asked again on every read, and a refused token is dropped', async () => {
    serve({ readToken: 'r', writeToken: 'w' });
    const http = await load();
    const prompt = vi.fn(async () => null);
    http.setTokenPrompt(prompt);
    await expect(http.getJson('/graph')).rejects.toMatchObject({ status: 401 });
    await expect(http.getJson('/stats')).rejects.toMatchObject({ status: 401 });
    expect(prompt).toHaveBeenCalledTimes(1);
    store.set('newsgraph.writeToken', 'wrong');
    await expect(http.getJson('/stats')).rejects.toMatchObject({ status: 401 });
    expect(store.has('newsgraph.writeToken')).toBe(false);
  });
});
