/* Server HTTP: the OpenAPI 3.1 document, generated from the route list and its zod schemas. */

import { z } from 'zod';
import { APP_VERSION } from '../version.js';
import type { RouteSpec } from './route-spec.js';

type Json = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType): Json => {
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete s.$schema;
  return s;
};

/** Each property of an object schema becomes one query or path parameter. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    schema: prop,
  }));
}

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        position: { type: 'object', properties: { line: { type: 'integer' }, column: { type: 'integer' }, offset: { type: 'integer' } } },
      },
    },
  },
};

export function buildOpenApi(routes: RouteSpec[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const errors = { 400: 'Invalid request.', 429: 'Rate limit exceeded.', 503: 'The database is unreachable.', ...(r.responses ?? {}) };
    const responses: Record<string, Json> = { 200: { description: 'OK' } };
    for (const [status, description] of Object.entries(errors)) {
      responses[status] = { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/(^|[/_-])(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
      responses,
      ...((r.method === 'post' && r.path === '/api/documents') || r.auth ? { security: [{ bearer: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsgraph API',
      version: APP_VERSION,
      description: 'Explore the news knowledge graph; read-only Cypher console; exports.',
    },
    paths,
    components: { schemas: { Error: ERROR_SCHEMA }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
