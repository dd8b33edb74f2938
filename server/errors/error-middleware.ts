/* Server: the one error middleware — every failure becomes `{error: {code, message}}`, never a stack trace. */

import type { ErrorRequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error.js';
import { mapNeo4jError } from './map-neo4j-error.js';

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.too.large') return new AppError(413, 'payload_too_large', 'The request body is over the upload limit.');
  if (e?.type === 'entity.parse.failed') return AppError.badRequest('invalid_json', 'The request body is not valid JSON.');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported')
    return new AppError(415, 'unsupported_encoding', String(e.message));
  if (err instanceof Neo4jError || (err instanceof Error && /ECONNREFUSED|ServiceUnavailable/.test(err.message))) return mapNeo4jError(err);
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    return new AppError(e.status, 'bad_request', String(e.message ?? 'Bad request.'));
  return new AppError(500, 'internal', 'Unexpected server error.');
}

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = toAppError(err);
  if (appError.status >= 500 && appError.status !== 503) req.log?.error({ err }, 'request failed');
  if (res.headersSent) {
    res.end();
    return;
  }
  const body: { error: { code: string; message: string; position?: AppError['position'] } } = {
    error: { code: appError.code, message: appError.message },
  };
  if (appError.position) body.error.position = appError.position;
  res.status(appError.status).json(body);
};
