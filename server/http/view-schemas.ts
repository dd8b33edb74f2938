/* Server HTTP: the zod schemas of the saved-view routes (kept apart from request-schemas.ts). */

import { z } from 'zod';

/** Most entities one saved view places (a 1 MiB body holds about 15,000 positions). */
const MAX_VIEW_NODES = 20_000;

const finite = z.number().finite();
const name = z.string().trim().min(1).max(200).describe('What the analyst calls the view.');
const state = z
  .object({ link: z.string().max(50_000).describe("The explorer's deep link (`?node=…&expand=…`), which replays the view.") })
  .strict();
const positions = z
  .record(z.string().min(1).max(300), z.object({ x: finite, y: finite }).strict())
  .refine((p) => Object.keys(p).length <= MAX_VIEW_NODES, `at most ${MAX_VIEW_NODES} positions`)
  .describe("Node id → position in graph coordinates; the keys are the view's entities.");
const camera = z.object({ x: finite, y: finite, ratio: finite.positive(), angle: finite }).strict().nullish();

export const viewBody = z.object({ name, state, positions, camera }).strict();

export const viewUpdateBody = z
  .object({ name: name.optional(), state: state.optional(), positions: positions.optional(), camera })
  .strict()
  .refine((v) => v.name !== undefined || v.state !== undefined || v.positions !== undefined || v.camera !== undefined, {
    message: 'send at least one of name, state, positions, camera',
  });

export const viewIdParams = z.object({ id: z.string().min(1).max(100) });

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const viewChangesQuery = z.object({
  since: z
    .string()
    .regex(ISO_INSTANT, 'must be an ISO date or date-time (2025-03-02 or 2025-03-02T10:00:00Z)')
    .refine((v) => !Number.isNaN(Date.parse(v)), 'is not a real date')
    .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString())
    .optional()
    .describe('ISO date or date-time; default: when the view was last saved.'),
  limit: z.coerce.number().int().min(1).max(1000).default(200).describe('At most 1000; default 200.'),
});
