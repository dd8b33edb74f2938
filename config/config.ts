/* Config: every setting of Newsgraph, its env variable, default and doc; validated at start-up. */

import { z } from 'zod';

interface Key<T extends z.ZodType> {
  env: string;
  doc: string;
  schema: T;
}

const key = <T extends z.ZodType>(env: string, doc: string, schema: T): Key<T> => ({ env, doc, schema });
const port = z.coerce.number().int().min(0).max(65535);
const optionalText = z.string().trim().min(1).optional();
/** `alice:TOKEN,bob:TOKEN` → named tokens; a token may itself contain ':' (the name ends at the first). */
const namedTokens = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    const out: { user: string; token: string }[] = [];
    for (const part of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const colon = part.indexOf(':');
      const user = colon > 0 ? part.slice(0, colon).trim() : '';
      const token = colon > 0 ? part.slice(colon + 1).trim() : '';
      if (!/^[\w.@-]{1,64}$/.test(user) || token.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'a comma-separated list of name:token pairs (names: letters, digits, _ . @ -)' });
        return z.NEVER;
      }
      out.push({ user, token });
    }
    return out;
  })
  .optional()
  .transform((v) => v ?? []);
const flag = z.enum(['true', 'false', '1', '0'], { message: 'true or false' }).transform((v) => v === 'true' || v === '1');

const CONFIG_KEYS = {
  neo4jUri: key(
    'NEO4J_URI',
    'Bolt/Neo4j URI of an existing database (bolt://, neo4j://, neo4j+s:// for Aura). Unset: testcontainers if a container runtime answers, else the local launcher.',
    optionalText,
  ),
  neo4jUser: key('NEO4J_USER', 'Neo4j user name (also enables auth on the local launcher, with NEO4J_PASSWORD).', optionalText),
  neo4jPassword: key('NEO4J_PASSWORD', 'Neo4j password.', optionalText),
  neo4jDatabase: key('NEO4J_DATABASE', 'Database name passed to every session.', z.string().trim().min(1).default('neo4j')),
  localDataDir: key(
    'NEWSGRAPH_NEO4J_DATA',
    'Data directory of the local launcher; a running launcher records its pid and Bolt URI there in launcher.json.',
    z.string().min(1).default('.data/neo4j'),
  ),
  localBoltPort: key('NEWSGRAPH_NEO4J_BOLT_PORT', 'Bolt port of the local launcher on 127.0.0.1 (0 picks a free one).', port.default(7687)),
  localHeap: key(
    'NEWSGRAPH_NEO4J_HEAP',
    'Java heap of the local launcher.',
    z
      .string()
      .regex(/^\d+[mg]$/i, 'a size such as 2g or 512m')
      .default('2g'),
  ),
  localPageCacheMiB: key(
    'NEWSGRAPH_NEO4J_PAGECACHE',
    'Page cache of the local launcher, in MiB.',
    z.coerce.number().int().min(16).default(1024),
  ),
  localTxTimeoutS: key(
    'NEWSGRAPH_NEO4J_TX_TIMEOUT_S',
    'Transaction timeout backstop of the local launcher, in seconds.',
    z.coerce.number().int().min(1).default(120),
  ),
  host: key('HOST', 'Interface the web server listens on.', z.string().min(1).default('127.0.0.1')),
  port: key('PORT', 'Port of the web server.', port.default(3000)),
  writeToken: key(
    'NEWSGRAPH_WRITE_TOKEN',
    'Bearer token that allows every write (ingest, curation) as user `editor`; writes are refused when neither it nor NEWSGRAPH_TOKENS is set.',
    optionalText,
  ),
  editorTokens: key(
    'NEWSGRAPH_TOKENS',
    'Named editors, `alice:TOKEN,bob:TOKEN`: each token allows every write, and each curation decision records its name.',
    namedTokens,
  ),
  readTokens: key(
    'NEWSGRAPH_READ_TOKENS',
    "Named readers, `team:TOKEN,…`: when set, every /api request (except /api/health) needs a reader's or an editor's bearer token. Unset: reads are open.",
    namedTokens,
  ),
  cypherTimeoutMs: key(
    'NEWSGRAPH_CYPHER_TIMEOUT_MS',
    'Timeout of console Cypher queries, in ms.',
    z.coerce.number().int().min(100).default(5000),
  ),
  cypherRowCap: key('NEWSGRAPH_CYPHER_ROW_CAP', 'Most rows a console query returns.', z.coerce.number().int().min(1).default(1000)),
  uploadLimitBytes: key(
    'NEWSGRAPH_UPLOAD_LIMIT_BYTES',
    'Largest request body accepted, in bytes.',
    z.coerce.number().int().min(1024).default(1_048_576),
  ),
  readCacheMiB: key(
    'NEWSGRAPH_READ_CACHE_MB',
    'Memory for answers to node, neighbour and search requests, kept until the graph changes (0 turns the cache off).',
    z.coerce.number().min(0).default(64),
  ),
  rateLimitPerMinute: key(
    'NEWSGRAPH_RATE_LIMIT',
    'Requests per minute per client before 429.',
    z.coerce.number().int().min(1).default(600),
  ),
  fetchTimeoutMs: key(
    'NEWSGRAPH_FETCH_TIMEOUT_MS',
    'Time limit of one URL or feed fetch (redirects and body included), in ms.',
    z.coerce.number().int().min(100).default(15_000),
  ),
  fetchMaxBytes: key(
    'NEWSGRAPH_FETCH_MAX_BYTES',
    'Largest page or feed body fetched (after decompression), in bytes; the download stops when it is exceeded.',
    z.coerce.number().int().min(1024).default(5_242_880),
  ),
  fetchMaxRedirects: key(
    'NEWSGRAPH_FETCH_MAX_REDIRECTS',
    'Most redirects followed by one fetch.',
    z.coerce.number().int().min(0).max(20).default(5),
  ),
  allowPrivateUrls: key(
    'NEWSGRAPH_ALLOW_PRIVATE_URLS',
    'true lets URL and feed fetches reach loopback, private, link-local and other non-public addresses (tests, intranets). Off: such URLs are refused.',
    flag.default(false),
  ),
  duplicateThreshold: key(
    'NEWSGRAPH_DUPLICATE_THRESHOLD',
    'Estimated share of shared 3-word shingles (MinHash, 0–1) from which a new document counts as a near-duplicate of a stored one (DUPLICATE_OF, one source).',
    z.coerce.number().min(0.5).max(1).default(0.8),
  ),
  logLevel: key(
    'LOG_LEVEL',
    'pino log level (fatal, error, warn, info, debug, trace, silent).',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
} as const;

type Keys = typeof CONFIG_KEYS;
export type Config = { [K in keyof Keys]: z.output<Keys[K]['schema']> };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(CONFIG_KEYS) as [keyof Keys, Key<z.ZodType>][]) {
    if (name in overrides) {
      out[name] = overrides[name];
      continue;
    }
    const raw = env[spec.env];
    const parsed = spec.schema.safeParse(raw === '' ? undefined : raw);
    if (parsed.success) out[name] = parsed.data;
    else problems.push(`${spec.env}=${JSON.stringify(raw)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length) throw new ConfigError(`Config: invalid settings: ${problems.join(' | ')}`);
  return out as Config;
}

/** The near-duplicate threshold from the environment (validated like every setting; the ingest reads it where it writes). */
export function duplicateThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[CONFIG_KEYS.duplicateThreshold.env];
  const parsed = CONFIG_KEYS.duplicateThreshold.schema.safeParse(raw === '' ? undefined : raw);
  if (!parsed.success)
    throw new ConfigError(
      `Config: invalid settings: ${CONFIG_KEYS.duplicateThreshold.env}=${JSON.stringify(raw)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  return parsed.data;
}
