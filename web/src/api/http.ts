/*
 * API: fetch wrapper — JSON in/out, `{error: {code, message}}` turned into ApiRequestError, a pending counter for the loading bar,
 * and the bearer token: always on writes, on reads once the server has answered a read with 401 (then the app asks once).
 */

import type { ApiError } from '../../../ontology/api-types.js';
import { getWriteToken, setWriteToken } from '../core/file/write-token.js';

export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly position?: ApiError['error']['position'],
  ) {
    super(message);
  }
}

let pending = 0;
const pendingListeners = new Set<(n: number) => void>();

export function onPendingChange(listener: (n: number) => void): void {
  pendingListeners.add(listener);
}

function bump(delta: number): void {
  pending += delta;
  for (const listener of pendingListeners) listener(pending);
}

export type Query = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** Asks the analyst for a token (the sign-in box); `null` when they cancel. Set by the app at start. */
export type TokenPrompt = (reason: 'read' | 'write') => Promise<string | null>;
let tokenPrompt: TokenPrompt | null = null;
let asking: Promise<string | null> | null = null;
/** Set once a read came back 401: the server protects reads (NEWSGRAPH_READ_TOKENS), so every read carries the token. */
let readsNeedToken = false;
/** Cancelled once for a read: the app does not ask again on every read; the sign-in box stays. */
let readPromptDeclined = false;

export function setTokenPrompt(prompt: TokenPrompt): void {
  tokenPrompt = prompt;
}

/** Parallel requests that all need a token share one prompt. */
function askToken(reason: 'read' | 'write'): Promise<string | null> {
  if (!tokenPrompt) return Promise.resolve(null);
  asking ??= tokenPrompt(reason).finally(() => (asking = null));
  return asking;
}

function withToken(init: RequestInit, token: string | null): RequestInit {
  if (!token) return init;
  return { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
}

/**
 * Every request goes through here so the loading bar, error phrasing and tokens stay consistent.
 * `write`: the request changes the graph — it carries the token, asking for one first when none is kept.
 */
export async function request(url: string, init: RequestInit = {}, options: { write?: boolean } = {}): Promise<Response> {
  bump(1);
  try {
    const explicit = new Headers(init.headers).has('authorization');
    let token = explicit ? null : getWriteToken();
    if (options.write && !explicit && !token) {
      token = await askToken('write');
      if (!token) throw new ApiRequestError('Sign in with a write token to make changes.', 401, 'unauthorized');
    }
    const sent = options.write || readsNeedToken ? token : null;
    let used = sent;
    let response = await send(url, withToken(init, sent));
    if (response.status === 401 && !explicit && !options.write) {
      // The server protects reads: use a token given meanwhile, or ask once; then retry with it.
      readsNeedToken = true;
      const kept = getWriteToken();
      const retry = kept && kept !== sent ? kept : readPromptDeclined ? null : await askToken('read');
      if (!retry) readPromptDeclined = true;
      if (retry) response = await send(url, withToken(init, (used = retry)));
    }
    // A token the server refuses for reading is dropped, so the next read asks for a good one; a reader's
    // token refused for a write stays (it still reads), and the error says why.
    if (response.status === 401 && !explicit && used && !options.write) setWriteToken(null);
    if (!response.ok) throw await toError(response);
    return response;
  } finally {
    bump(-1);
  }
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiRequestError('The server cannot be reached. Is `npm run serve` running?', 0, 'NETWORK');
  }
}

async function toError(response: Response): Promise<ApiRequestError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as Partial<ApiError>;
    if (body.error?.message) return new ApiRequestError(body.error.message, response.status, body.error.code, body.error.position);
  } catch {
    // Not JSON: fall through to the status line.
  }
  return new ApiRequestError(`${response.status} ${response.statusText}${text ? `: ${text.slice(0, 200)}` : ''}`, response.status, 'HTTP');
}

export async function getJson<T>(path: string, query?: Query): Promise<T> {
  const response = await request(apiUrl(path, query), { headers: { accept: 'application/json' } });
  return (await response.json()) as T;
}

export async function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await request(apiUrl(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** A write (POST/PATCH/PUT/DELETE) with the signed-in token; asks for one when none is kept. */
export async function writeJson<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await request(
    apiUrl(path),
    body === undefined
      ? { method, headers: { accept: 'application/json' } }
      : { method, headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) },
    { write: true },
  );
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}
