/* Foundation: the selected database accepts writes, refuses file URLs, and the schema is idempotent. */

import { afterAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../graph/ensure-schema.js';
import { testDatabase } from '../test-database.js';

const { driver, database } = testDatabase();
afterAll(() => driver.close());

describe('the selected database', () => {
  it('when a node is written through the driver, then it reads back', async () => {
    const id = `test:${Date.now()}`;
    await driver.executeQuery('CREATE (:Probe {id: $id, name: $name})', { id, name: 'round trip' }, { database });
    const { records } = await driver.executeQuery('MATCH (p:Probe {id: $id}) RETURN p.name AS name', { id }, { database });
    expect(records.map((r) => r.get('name'))).toEqual(['round trip']);
    await driver.executeQuery('MATCH (p:Probe {id: $id}) DELETE p', { id }, { database });
  });

  it("when LOAD CSV FROM 'file:///etc/passwd' is run, then it fails", async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row) AS n", {}, { database }),
    ).rejects.toThrow();
  });

  it('when the schema bootstrap runs twice, then nothing changes the second time', async () => {
    await ensureSchema(driver, database);
    const before = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name', {}, { database });
    const second = await ensureSchema(driver, database);
    const after = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name', {}, { database });
    expect(second).toEqual({ constraintsAdded: 0, indexesAdded: 0 });
    expect(after.records.map((r) => r.toObject())).toEqual(before.records.map((r) => r.toObject()));
    expect(after.records.map((r) => r.get('name'))).toContain('entityNames');
    expect(after.records.every((r) => r.get('state') === 'ONLINE')).toBe(true);
  });
});
