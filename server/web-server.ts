/* Server: startWebServer/stop — the real server in-process (port 0 for tests), used by main, npm start and tests. */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { createApp } from './app.js';
import { createWriteQueue, type ServerContext } from './context.js';
import { GraphExecutor } from './executor.js';
import type { RouteSpec } from './http/route-spec.js';
import { createResponseCache } from './use-cases/response-cache.js';
import { createFreshReader } from './use-cases/fresh-reader.js';
import { getGraphVersion } from './queries/get-graph-version.js';

export interface StartOptions {
  target: { uri: string; user?: string; password?: string; database: string };
  /** Overrides on top of the environment's validated config. */
  config?: Partial<Config>;
  port?: number;
  host?: string;
  /** The built web app; default web/dist. */
  webRoot?: string;
  /** Extra routes, e.g. the benchmark's `/api/hello`. */
  extraRoutes?: RouteSpec[];
}

export interface WebServer {
  url: string;
  port: number;
  app: Express;
  /** Exposed for tests and the benchmark (open-session count). */
  context: ServerContext;
  stop(): Promise<void>;
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../web/dist', import.meta.url));

export async function startWebServer(options: StartOptions): Promise<WebServer> {
  const config = loadConfig(process.env, options.config ?? {});
  const driver: Driver = createDriver(options.target);
  const executor = new GraphExecutor(driver, options.target.database);
  // Best effort: a server may start before its database is up and recover when it is.
  await ensureSchema(driver, options.target.database).catch(() => undefined);
  const context: ServerContext = {
    executor,
    config,
    target: { uri: options.target.uri, database: options.target.database },
    writeQueue: createWriteQueue(),
    overviewCache: createResponseCache({ maxEntries: 64, maxBytes: Number.POSITIVE_INFINITY }),
    readCache: config.readCacheMiB > 0 ? createResponseCache({ maxEntries: 20_000, maxBytes: config.readCacheMiB * 2 ** 20 }) : undefined,
    graphVersion: createFreshReader(() => getGraphVersion(executor)),
  };
  const app = createApp(context, { webRoot: options.webRoot ?? DEFAULT_WEB_ROOT, extraRoutes: options.extraRoutes });
  const host = options.host ?? config.host;
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? config.port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  server.keepAliveTimeout = 65_000;
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    app,
    context,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        await driver.close();
      })();
      return stopping;
    },
  };
}
