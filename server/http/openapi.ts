/* Server HTTP: the OpenAPI 3.1 document, generated from the route list and its zod schemas — request
   parameters and bodies as the server validates them, and every status a route may answer with its body. */

import { z } from 'zod';
import { apiErrorSchema } from '../../ontology/api-schemas.js';
import { APP_VERSION } from '../version.js';
import { LIST_META } from './request-schemas.js';
import type { RouteSpec } from './route-spec.js';

type Json = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): Json => {
  const s = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  delete s.$schema;
  return s;
};

/** Each property of an object schema becomes one query or path parameter. A list of names is an array
 *  sent comma-separated (`types=Person,Country`), its items the allowed names. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => {
    const list = prop[LIST_META] as string[] | undefined;
    const { description } = prop;
    const param: Json = {
      name,
      in: where,
      required: where === 'path' || (s.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
    };
    if (list) return { ...param, style: 'form', explode: false, schema: { type: 'array', items: { type: 'string', enum: list } } };
    return { ...param, schema: prop };
  });
}

/** What any route may answer besides its own statuses. */
const COMMON_ERRORS: Record<number, string> = {
  400: 'Invalid request: the message names the parameter.',
  401: 'Missing or wrong bearer token (reads need one when NEWSGRAPH_READ_TOKENS is set).',
  429: 'Rate limit exceeded.',
  503: 'The database is unreachable.',
};
const BODY_ERRORS: Record<number, string> = {
  413: 'The body is over the request-body limit (NEWSGRAPH_UPLOAD_LIMIT_BYTES).',
  415: 'The body has an unsupported charset or content encoding.',
};

function successBody(r: RouteSpec): Json {
  if (!r.response) return { description: 'OK' };
  if ('download' in r.response)
    return {
      description: 'The file, as an attachment.',
      content: Object.fromEntries(
        r.response.download.map((type) => [
          type,
          { schema: type === 'application/json' ? { type: 'object' } : { type: 'string', format: 'binary' } },
        ]),
      ),
    };
  return { description: 'OK', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } };
}

export function buildOpenApi(routes: RouteSpec[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const errors = {
      ...COMMON_ERRORS,
      ...(r.body ? BODY_ERRORS : {}),
      ...(r.auth ? { 403: 'Writes are disabled (no editor token configured), or the token is a reader’s.' } : {}),
      ...(r.params ? { 404: 'Not found.' } : {}),
      ...(r.responses ?? {}),
    };
    const ok = successBody(r);
    const responses: Record<string, Json> = { 200: ok };
    if (r.created) responses[201] = { ...ok, description: 'Created.' };
    if (r.etag) responses[304] = { description: 'Not modified: the ETag sent in If-None-Match is current.' };
    for (const [status, description] of Object.entries(errors)) {
      if (status === '304') continue;
      const body = r.bodies?.[Number(status)];
      const schema = body ? jsonSchema(body, 'output') : { $ref: '#/components/schemas/Error' };
      responses[status] = { description, content: { 'application/json': { schema } } };
    }
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/(^|[/_-])(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
      responses,
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
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
    components: {
      schemas: { Error: jsonSchema(apiErrorSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
