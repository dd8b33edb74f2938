/* Server: relationship-id indexes (one per type) so GET /api/relations/:id is an index seek, not a scan. */

import type { Driver } from 'neo4j-driver';
import { ALL_RELATION_TYPES } from '../ontology/relation-types.js';

export async function ensureRelationIndexes(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const type of ALL_RELATION_TYPES) {
      await session.run(`CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);
    }
  } finally {
    await session.close();
  }
}
