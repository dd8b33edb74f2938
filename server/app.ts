/* Server: the Express app — logging, security headers, rate limit, the API routes, the web app, errors. */

import express, { type Express, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ServerContext } from './context.js';
import { AppError } from './errors/app-error.js';
import { errorMiddleware } from './errors/error-middleware.js';
import { buildOpenApi } from './http/openapi.js';
import type { RouteSpec } from './http/route-spec.js';
import { readGuard, requireEditor } from './http/require-write-token.js';
import { securityHeaders } from './http/security-headers.js';
import { serveWebApp } from './http/serve-web-app.js';
import { validate } from './http/validate.js';
import { exploreRoutes } from './routes/explore-routes.js';
import { curationRoutes } from './routes/curation-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { viewRoutes } from './routes/view-routes.js';
import { writeRoutes } from './routes/write-routes.js';

export interface AppOptions {
  webRoot: string;
  /** Extra routes (the benchmark's hello-JSON baseline). */
  extraRoutes?: RouteSpec[];
}

const API_ROUTES: RouteSpec[] = [...exploreRoutes, ...writeRoutes, ...exportRoutes, ...curationRoutes, ...viewRoutes];

function mount(app: Express, spec: RouteSpec, ctx: ServerContext): void {
  app[spec.method](spec.path, async (req: Request, res: Response) => {
    const user = spec.auth ? requireEditor(req, res, ctx.config) : '';
    const params = spec.params ? validate(spec.params, req.params, 'path') : {};
    const query = spec.query ? validate(spec.query, req.query, 'query') : {};
    const body = spec.body ? validate(spec.body, req.body, 'body') : undefined;
    const result = await spec.handle({ params, query, body, req, res, ctx, user });
    if (result !== undefined && !res.headersSent) res.json(result);
  });
}

export function createApp(ctx: ServerContext, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const logger = pino({ level: ctx.config.logLevel });
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // One short line per request: headers (tokens, cookies) stay out of the log.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders());
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: ctx.config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => {
        res.status(429).json({ error: { code: 'rate_limited', message: 'Too many requests; slow down and retry shortly.' } });
      },
    }),
  );
  app.use('/api', readGuard(ctx.config));
  app.use('/api', express.json({ limit: ctx.config.uploadLimitBytes }));
  const routes = [...API_ROUTES, ...(options.extraRoutes ?? [])];
  const openApi = buildOpenApi(routes);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  for (const spec of routes) mount(app, spec, ctx);
  app.use('/api', () => {
    throw new AppError(404, 'not_found', 'No such API endpoint.');
  });
  serveWebApp(app, options.webRoot);
  app.use(errorMiddleware);
  return app;
}
