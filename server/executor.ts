/* Server: the one executor — owns Neo4j sessions, access mode, timeouts and error mapping. */

import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { AppError } from './errors/app-error.js';
import { mapNeo4jError } from './errors/map-neo4j-error.js';
import { toDriverParams } from './to-driver-params.js';

export type Tx = Pick<Transaction, 'run'> | ManagedTransaction;

export interface RunOptions {
  /** Transaction timeout sent to Neo4j (the server terminates the query). */
  timeoutMs?: number;
  /** Records fetched per batch; the console sets it to cap + 1 so streaming stops early. */
  fetchSize?: number;
}

export class GraphExecutor {
  /** Sessions currently open; tests assert it returns to zero. */
  openSessions = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly defaultTimeoutMs = 15_000,
  ) {}

  /** Runs `work` in one READ transaction; the session is always closed. */
  read<T>(work: (tx: Transaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run(neo4j.session.READ, work, options);
  }

  /** Runs `work` in one WRITE transaction (schema bootstrap and fixtures only; ingest has its own). */
  write<T>(work: (tx: Transaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run(neo4j.session.WRITE, work, options);
  }

  /** One read query whose rows come back as plain objects. */
  async rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}, options?: RunOptions): Promise<T[]> {
    return this.read(async (tx) => {
      const result = await tx.run(cypher, toDriverParams(params) as Record<string, unknown>);
      return result.records.map((r) => r.toObject() as T);
    }, options);
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>, options: RunOptions): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, fetchSize: options.fetchSize });
    this.openSessions++;
    let closed = false;
    const close = (): Promise<void> => {
      if (closed) return Promise.resolve();
      closed = true;
      return session.close().catch(() => undefined).finally(() => this.openSessions--);
    };
    let timer: NodeJS.Timeout | undefined;
    // A backstop for a database that accepts connections but never answers.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(AppError.unavailable('The graph database did not answer in time.')), timeoutMs + 5_000);
    });
    const attempt = (async () => {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        const value = await work(tx);
        await tx.commit();
        return value;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      }
    })();
    try {
      return await Promise.race([attempt, deadline]);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      clearTimeout(timer);
      attempt.catch(() => undefined);
      await Promise.race([close(), new Promise((r) => setTimeout(r, 2_000))]);
    }
  }
}
