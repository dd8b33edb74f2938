/* Server HTTP: writes need `Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>`; without a configured token, none are allowed. */

import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { AppError } from '../errors/app-error.js';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

export function requireWriteToken(req: Request, res: Response, token: string | undefined): void {
  if (!token) throw new AppError(403, 'writes_disabled', 'Writes are disabled: set NEWSGRAPH_WRITE_TOKEN to allow them.');
  const header = req.get('authorization') ?? '';
  const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!given || !timingSafeEqual(digest(given), digest(token))) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="newsgraph"');
    throw new AppError(401, 'unauthorized', 'A valid bearer token is required for writes.');
  }
}
