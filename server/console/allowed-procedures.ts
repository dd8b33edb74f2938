/* Server console: the read-only procedures the console may call; everything else is refused. */

export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.info',
  'dbms.components',
]);

export const isAllowedProcedure = (name: string): boolean => ALLOWED_PROCEDURES.has(name.toLowerCase());
