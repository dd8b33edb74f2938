/* Tests: small read helpers over the graph the loader wrote. */

import type { Driver } from 'neo4j-driver';

export async function query<T = Record<string, unknown>>(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

/** Nodes and relationships by label/type, plus every property of every relationship — a fingerprint. */
export async function graphCounts(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number; byType: Record<string, number> }> {
  const [nodes] = await query<{ n: number }>(driver, database, 'MATCH (n) RETURN count(n) AS n');
  const [rels] = await query<{ n: number }>(driver, database, 'MATCH ()-[r]->() RETURN count(r) AS n');
  const types = await query<{ t: string; n: number }>(driver, database, 'MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n ORDER BY t');
  return { nodes: nodes!.n, relationships: rels!.n, byType: Object.fromEntries(types.map((t) => [t.t, t.n])) };
}

export async function fingerprint(driver: Driver, database: string): Promise<unknown> {
  const nodes = await query(driver, database, 'MATCH (n) WITH n ORDER BY n.id RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await query(
    driver,
    database,
    'MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props',
  );
  const strip = (rows: Record<string, unknown>[]): unknown[] =>
    rows.map((row) => {
      const props = { ...(row.props as Record<string, unknown>) };
      delete props.ingestedAt;
      return { ...row, props };
    });
  return { nodes: strip(nodes), rels: strip(rels) };
}
