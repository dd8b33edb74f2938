/* Server HTTP: serves the built web app (index.html for client routes), or a hint to build it. */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsgraph</title></head>
<body><h1>Newsgraph</h1><p>The web app is not built yet. Run <code>npm run build:web</code> and reload.</p>
<p>The API is up: <a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

export function serveWebApp(app: Express, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  app.use(
    express.static(webRoot, {
      index: 'index.html',
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get(/^(?!\/api(\/|$)).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (existsSync(index)) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    } else res.type('html').send(NOT_BUILT);
  });
}
