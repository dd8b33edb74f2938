/* API: fetch wrapper — JSON in/out, `{error: {code, message}}` turned into ApiRequestError, a pending counter for the loading bar. */

import type { ApiError } from '../../../ontology/api-types.js';

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
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** Every request goes through here so the loading bar and error phrasing stay consistent. */
export async function request(url: string, init: RequestInit = {}): Promise<Response> {
  bump(1);
  try {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch {
      throw new ApiRequestError('The server cannot be reached. Is `npm run serve` running?', 0, 'NETWORK');
    }
    if (!response.ok) throw await toError(response);
    return response;
  } finally {
    bump(-1);
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
