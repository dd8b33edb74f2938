/* Server tests: the real server in-process on port 0 against the run's Neo4j, plus small HTTP helpers. */

import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Config } from '../../config/config.js';
import { createDriver } from '../../graph/create-driver.js';
import { startWebServer, type WebServer } from '../../server/web-server.js';

export interface Harness {
  server: WebServer;
  driver: Driver;
  database: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = any>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }>;
  post<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  /** Any method with an optional JSON body; the answer's status and JSON body. */
  send<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  /** The records of a Cypher query on the test database, as plain objects. */
  rows<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Nodes and relationships in the database, to prove a request changed nothing. */
  counts(): Promise<{ nodes: number; rels: number }>;
  close(): Promise<void>;
}

export const TEST_CONFIG: Partial<Config> = { logLevel: 'silent', rateLimitPerMinute: 100_000 };

export async function startHarness(config: Partial<Config> = {}, webRoot?: string): Promise<Harness> {
  const target = inject('neo4j');
  const driver = createDriver(target);
  const server = await startWebServer({ target, port: 0, host: '127.0.0.1', config: { ...TEST_CONFIG, ...config }, webRoot });
  const get = (path: string, init?: RequestInit) => fetch(server.url + path, init);
  return {
    server,
    driver,
    database: target.database,
    get,
    async json(path, init) {
      const res = await get(path, init);
      return { status: res.status, body: await res.json(), headers: res.headers };
    },
    async post(path, body, headers = {}) {
      const res = await get(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    async send(method, path, body, headers = {}) {
      const res = await get(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    async rows<T>(cypher: string, params: Record<string, unknown> = {}) {
      return (await driver.executeQuery(cypher, params, { database: target.database })).records.map((r) => r.toObject() as T);
    },
    async counts() {
      const { records } = await driver.executeQuery(
        'RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS rels',
        {},
        { database: target.database },
      );
      return { nodes: records[0]!.get('nodes') as number, rels: records[0]!.get('rels') as number };
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}

/** A minimal RFC 4180 reader, enough to check what the CSV export wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
