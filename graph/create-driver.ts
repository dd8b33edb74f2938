/* Graph: one neo4j-driver instance for a database target; numbers come back as JS numbers. */

import neo4j, { type Driver } from 'neo4j-driver';
import { enableTcpNoDelay } from './tcp-no-delay.js';

export interface DriverTarget {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver(target: DriverTarget): Driver {
  enableTcpNoDelay();
  const auth = target.user && target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    // Query modules return plain objects; graph counts never exceed 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 100,
    logging: { level: 'error', logger: () => {} },
  });
}
