/* Server HTTP: a route as data — method, path, schemas, handler — so Express and OpenAPI read one list. */

import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { ServerContext } from '../context.js';

interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
  ctx: ServerContext;
  /** The editor's name on routes with `auth: true` (checked before the request is validated). */
  user: string;
}

export interface RouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** Express syntax: `/api/nodes/:id`. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Needs an editor's bearer token (documented as such in OpenAPI). */
  auth?: boolean;
  /** Statuses besides 200 that the route documents (errors get the error schema). */
  responses?: Record<number, string>;
  /** The 200 (and 201) body: a zod schema of the JSON sent, or the media types of a download. */
  response?: z.ZodType | { download: string[] };
  /** A status whose body is not the error object (health's 503 is the health report). */
  bodies?: Record<number, z.ZodType>;
  /** 201 when the request created something (same body as 200). */
  created?: boolean;
  /** Answers carry an ETag: 304 when If-None-Match is current. */
  etag?: boolean;
  /** JSON to send, or undefined when the handler wrote the response itself (downloads). */
  handle(input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<unknown>;
}

export const route = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: RouteSpec<P, Q, B>): RouteSpec =>
  spec as unknown as RouteSpec;
