/* Server use case: health — is the database reachable, and which versions are running. */

import type { HealthResponse } from '../../ontology/api-types.js';
import type { ServerContext } from '../context.js';
import { getDatabaseInfo } from '../queries/get-database-info.js';
import { APP_VERSION } from '../version.js';

export async function getHealth(ctx: ServerContext): Promise<HealthResponse> {
  const versions = { newsgraph: APP_VERSION, node: process.versions.node };
  const database = { reachable: false, uri: ctx.target.uri, name: ctx.target.database } as HealthResponse['database'];
  try {
    const info = await getDatabaseInfo(ctx.executor);
    Object.assign(database, { reachable: true, ...info });
  } catch {
    // Reported as degraded; the route answers 503.
  }
  return { status: database.reachable ? 'ok' : 'degraded', database, versions };
}
