/* Server HTTP: the zod schemas that validate every request — the OpenAPI document is generated from them. */

import { z } from 'zod';
import { REVIEW_VERDICTS } from '../../ontology/curation.js';
import { EXPORT_FORMATS, EXPORT_SCOPES } from '../../ontology/api-types.js';
import { ALL_LABELS, PRIMARY_ENTITY_LABELS } from '../../ontology/labels.js';
import { ALL_RELATION_TYPES } from '../../ontology/relation-types.js';

/** Marks a query parameter that OpenAPI documents as a comma-separated array of these names. */
export const LIST_META = 'x-newsgraph-list';

/** `a,b` or repeated `x=a&x=b` → a list of allowed names. */
const listOf = <T extends readonly [string, ...string[]]>(values: T, doc: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      // An empty name (`types=`, `types=Person,`) is refused as an unknown one.
      (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()),
    )
    .pipe(z.array(z.enum(values)))
    .optional()
    .describe(doc)
    // OpenAPI: an array of these names sent comma-separated (style form, explode false), see openapi.ts.
    .meta({ [LIST_META]: [...values] });

/** A whole number in a query string: digits only (`limit=`, `limit=0x10` and `limit=1e3` are refused). */
const queryInt = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && /^-?\d{1,16}$/.test(v) ? Number(v) : v), z.number().int().min(min).max(max));
const limit = (max: number, dflt: number) => queryInt(1, max).default(dflt).describe(`At most ${max}; default ${dflt}.`);
const nodeTypes = listOf(ALL_LABELS as unknown as readonly [string, ...string[]], 'Node labels, comma-separated.');
const relTypes = listOf(ALL_RELATION_TYPES as unknown as readonly [string, ...string[]], 'Relationship types, comma-separated.');
const id = z.string().min(1).max(300);

/** `include=rejected` shows relationships an analyst rejected (hidden by default). */
const includeRejected = z
  .enum(['rejected'])
  .optional()
  .transform((v) => v === 'rejected')
  .describe('`rejected`: also return relationships an analyst rejected (hidden by default).');
/** YYYY-MM-DD that is a real calendar day. */
const isoDay = (doc: string) => z.iso.date({ error: 'must be a calendar date as YYYY-MM-DD' }).optional().describe(doc);

/** `from`/`to`: only what documents published in the range state (either end may be left open). */
const range = {
  from: isoDay(
    'First publication day (YYYY-MM-DD, inclusive): show a relationship only when a document stating it was published in the range.',
  ),
  to: isoDay('Last publication day (YYYY-MM-DD, inclusive).'),
};
const rangeInOrder = (v: { from?: string; to?: string }): boolean => !v.from || !v.to || v.from <= v.to;
const RANGE_ORDER = { message: '`from` must not be after `to`', path: ['from'] };

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('Text to find in names and aliases (prefix and fuzzy).'),
  types: nodeTypes,
  limit: limit(100, 20),
});

export const overviewQuery = z
  .object({
    types: nodeTypes,
    relTypes,
    limit: limit(5000, 300),
    include: includeRejected,
    isolated: z
      .enum(['show'])
      .optional()
      .transform((v) => v === 'show')
      .describe('`show`: also entities with no relationship in the view (left out by default).'),
    ...range,
  })
  .refine(rangeInOrder, RANGE_ORDER);

export const idParams = z.object({ id });

export const neighborsQuery = z
  .object({ relTypes, types: nodeTypes, limit: limit(2000, 100), include: includeRejected, ...range })
  .refine(rangeInOrder, RANGE_ORDER);

export const pathsQuery = z
  .object({
    from: id.describe('Start node id.'),
    to: id.describe('End node id.'),
    maxHops: queryInt(1, 10).default(6),
    relTypes,
    limit: limit(100, 25),
    include: includeRejected,
    // `from`/`to` name the end nodes here, so the publication range is `since`/`until`.
    since: range.from,
    until: range.to,
  })
  .refine((v) => !v.since || !v.until || v.since <= v.until, { message: '`since` must not be after `until`', path: ['since'] });

const TIMELINE_BUCKETS = ['day', 'week', 'month'] as const;
export const timelineQuery = z
  .object({ bucket: z.enum(TIMELINE_BUCKETS).default('month').describe('Bucket size: day, week (Monday to Sunday) or month.'), ...range })
  .refine(rangeInOrder, RANGE_ORDER);

export const documentsQuery = z.object({ limit: limit(1000, 100), offset: queryInt(0, Number.MAX_SAFE_INTEGER).default(0) });

export const ingestBody = z.object({
  text: z.string().min(1).describe('The article text.'),
  title: z.string().max(1000).nullish(),
  url: z.string().max(2000).nullish(),
  source: z.string().max(1000).nullish(),
  publishedAt: z.string().max(40).nullish().describe('ISO date or date-time.'),
  outlet: z.string().max(300).nullish().describe('Who published it (a site name, "Reuters").'),
});

export const urlIngestBody = z.object({
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .describe("http(s) URL of an article page; fetched under the server's limits, public addresses only."),
});

export const cypherBody = z.object({
  query: z.string().trim().min(1).max(100_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** GET /api/export: what fits in a URL. Node's header limit (16 KiB) must hold the request line, and a
 *  character may take 9 URL characters (%XX for each of 3 UTF-8 bytes), so a query of at most 1,000
 *  characters, params of 200 and ids of 400 fit with room to spare; POST takes the same fields far larger. */
const MAX_EXPORT_QUERY_GET = 1_000;
const MAX_EXPORT_PARAMS_GET = 200;
const MAX_EXPORT_IDS_CHARS_GET = 400;
/** Most node ids one POST /api/export names (within the request-body limit, NEWSGRAPH_UPLOAD_LIMIT_BYTES). */
export const MAX_EXPORT_IDS_POST = 100_000;
/** Largest picture an evidence pack embeds (a data: URL, within the request-body limit). */
const MAX_REPORT_IMAGE_CHARS = 8_000_000;

const exportFields = {
  format: z.enum(EXPORT_FORMATS),
  scope: z
    .enum(EXPORT_SCOPES)
    .optional()
    .describe(
      'all: whole graph; nodes: `ids` with their relations; cypher: the graph of a saved read-only query. Default: nodes when ids are given, else all.',
    ),
  include: includeRejected,
  from: isoDay('format=report: only what documents published from this day state.'),
  to: isoDay('format=report: only what documents published up to this day state.'),
};
const queryParams = z.record(z.string(), z.unknown());

export const exportQuery = z.object({
  ...exportFields,
  query: z
    .string()
    .max(MAX_EXPORT_QUERY_GET)
    .optional()
    .describe(`Read-only Cypher (scope=cypher), at most ${MAX_EXPORT_QUERY_GET} characters (POST a longer one).`),
  ids: z
    .string()
    .max(MAX_EXPORT_IDS_CHARS_GET)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(id))
    .optional()
    .describe(`Node ids (scope=nodes), comma-separated, at most ${MAX_EXPORT_IDS_CHARS_GET} characters in all (POST the ids for more).`),
  params: z
    .string()
    .max(MAX_EXPORT_PARAMS_GET)
    .transform((raw, ctx) => {
      try {
        const value: unknown = JSON.parse(raw);
        const parsed = queryParams.safeParse(value);
        if (parsed.success && !Array.isArray(value)) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'params must be a JSON object.' });
      return z.NEVER;
    })
    .optional()
    .describe('JSON object of query parameters (scope=cypher).'),
  includeDocuments: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('Include Document nodes and MENTIONED_IN edges.'),
});

/** POST /api/export: the same request as GET, as JSON, so a view of any size can name its node ids. */
export const exportBody = z.object({
  ...exportFields,
  query: z.string().max(100_000).optional().describe('Read-only Cypher (scope=cypher).'),
  ids: z.array(id).max(MAX_EXPORT_IDS_POST).optional().describe(`Node ids (scope=nodes); at most ${MAX_EXPORT_IDS_POST}.`),
  params: queryParams.optional().describe('Query parameters (scope=cypher).'),
  includeDocuments: z.boolean().default(true).describe('Include Document nodes and MENTIONED_IN edges.'),
  image: z
    .string()
    .max(MAX_REPORT_IMAGE_CHARS)
    .regex(/^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'image must be a base64 PNG or JPEG data: URL.')
    .optional()
    .describe("format=report: the view's picture as a data:image/png;base64 URL, embedded in the evidence pack."),
});

/** What both export routes hand the use case. */
export type ExportRequest = Omit<z.output<typeof exportBody>, 'image'> & { image?: string };

/* Curation (issue 9). */
const entityId = id.describe('Entity id (person:…, org:…).');
const aliasList = z.array(z.string().trim().min(1).max(300)).max(100);

export const mergeBody = z.object({
  into: entityId.describe('The surviving entity: it keeps its id.'),
  from: z.array(entityId).min(1).max(50).describe('Entities merged into it (they disappear; their ids resolve to `into` from then on).'),
  allowTypeChange: z.boolean().default(false).describe('Needed when an entity of `from` has another type than `into`.'),
});

export const editBody = z.object({
  name: z.string().trim().min(1).max(300).optional(),
  type: z
    .enum(PRIMARY_ENTITY_LABELS as unknown as readonly [string, ...string[]])
    .optional()
    .describe('A new type: the entity gets the id of that type (returned).'),
  addAliases: aliasList.optional(),
  removeAliases: aliasList.optional(),
});

export const keepApartBody = z.object({ ids: z.array(entityId).min(2).max(50).describe('Entities that look alike but are not the same.') });

export const reviewBody = z.object({
  verdict: z.enum(REVIEW_VERDICTS),
  note: z.string().trim().max(2000).optional(),
});

export const reviewQueueQuery = z.object({
  kind: z.enum(['relations', 'duplicates']).default('relations'),
  limit: limit(500, 50),
});

export const relationQuery = z.object({ include: includeRejected });

export const decisionsQuery = z.object({ limit: limit(1000, 100), offset: queryInt(0, Number.MAX_SAFE_INTEGER).default(0) });
