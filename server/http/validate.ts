/* Server HTTP: parses a request part with its zod schema; a failure becomes a 400 naming the fields. */

import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';

export function validate<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ');
  throw AppError.badRequest('invalid_request', `Invalid ${where}: ${detail}`);
}
