/* Server queries: the database's product version and edition (for /api/health). */

import type { GraphExecutor } from '../executor.js';

export async function getDatabaseInfo(ex: GraphExecutor): Promise<{ version?: string; edition?: string }> {
  const rows = await ex.rows<{ version: string; edition: string }>(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    {},
    { timeoutMs: 3_000 },
  );
  return { version: rows[0]?.version, edition: rows[0]?.edition };
}
