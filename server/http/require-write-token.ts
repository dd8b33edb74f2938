/* Server HTTP: bearer tokens. Writes need an editor's token (NEWSGRAPH_TOKENS, or NEWSGRAPH_WRITE_TOKEN as
   user `editor`); without any, none are allowed. NEWSGRAPH_READ_TOKENS optionally guards every /api read. */

import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../../config/config.js';
import { AppError } from '../errors/app-error.js';

export interface NamedToken {
  user: string;
  token: string;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** The editors: the named tokens, plus the single write token as user `editor`. */
export function editorTokens(config: Pick<Config, 'writeToken' | 'editorTokens'>): NamedToken[] {
  return [...(config.editorTokens ?? []), ...(config.writeToken ? [{ user: 'editor', token: config.writeToken }] : [])];
}

/** The bearer token of a request, if any. */
function bearer(req: Request): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim() || undefined;
}

/** The user whose token equals `given`: every token is compared (digests, constant time), no early exit. */
export function userOfToken(given: string | undefined, tokens: NamedToken[]): string | undefined {
  if (!given) return undefined;
  const mine = digest(given);
  let user: string | undefined;
  for (const t of tokens) if (timingSafeEqual(mine, digest(t.token)) && user === undefined) user = t.user;
  return user;
}

function unauthorized(res: Response, message: string): AppError {
  res.setHeader('WWW-Authenticate', 'Bearer realm="newsgraph"');
  return new AppError(401, 'unauthorized', message);
}

/**
 * Checks the editor's bearer token and returns the editor's name: 403 when no editor token is configured
 * or the token is a reader's (known, but not allowed to write), 401 when missing or wrong.
 */
export function requireEditor(req: Request, res: Response, config: Pick<Config, 'writeToken' | 'editorTokens' | 'readTokens'>): string {
  return editorOf(bearer(req), config, res);
}

/** The editor a bearer token belongs to, or the AppError it earns (see requireEditor). */
export function editorOf(
  given: string | undefined,
  config: Pick<Config, 'writeToken' | 'editorTokens' | 'readTokens'>,
  res?: Response,
): string {
  const tokens = editorTokens(config);
  if (tokens.length === 0)
    throw new AppError(403, 'writes_disabled', 'Writes are disabled: set NEWSGRAPH_TOKENS or NEWSGRAPH_WRITE_TOKEN to allow them.');
  const user = userOfToken(given, tokens);
  if (user) return user;
  const reader = userOfToken(given, config.readTokens ?? []);
  if (reader) throw new AppError(403, 'read_only_token', `The token of ${reader} may read but not write: sign in with an editor's token.`);
  if (res) res.setHeader('WWW-Authenticate', 'Bearer realm="newsgraph"');
  throw new AppError(401, 'unauthorized', 'A valid bearer token is required for writes.');
}

/** Express middleware for /api: when reader tokens are configured, every request but /api/health needs a reader's or an editor's token. */
export function readGuard(config: Pick<Config, 'writeToken' | 'editorTokens' | 'readTokens'>) {
  const readers = config.readTokens ?? [];
  const everyone = [...readers, ...editorTokens(config)];
  return (req: Request, res: Response, next: NextFunction): void => {
    if (readers.length === 0 || req.path === '/health') return next();
    if (!userOfToken(bearer(req), everyone))
      return next(unauthorized(res, 'A valid bearer token is required: this server protects reads (NEWSGRAPH_READ_TOKENS).'));
    next();
  };
}
