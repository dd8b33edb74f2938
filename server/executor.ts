/* Server: the one executor — owns Neo4j sessions, access mode, timeouts and error mapping. */

import neo4j, { type Driver, type Session, type Transaction } from 'neo4j-driver';
import { AppError } from './errors/app-error.js';
import { mapNeo4jError } from './errors/map-neo4j-error.js';
import { toDriverParams } from './to-driver-params.js';
import type { WriteTransactions } from '../ingest/load/write-transactions.js';

/** An upload's write (a long article, many rows) may take longer than a read. */
const INGEST_TIMEOUT_MS = 120_000;

export interface RunOptions {
  /** Transaction timeout sent to Neo4j (the server terminates the query). */
  timeoutMs?: number;
  /** Records fetched per batch; the console sets it to cap + 1 so streaming stops early. */
  fetchSize?: number;
}

/**
 * The driver records the caller's stack trace for every statement (`new Error().stack`, read at once, for the
 * stack of a later error). Under tsx every such read maps each frame through source maps: measured on the
 * 100k-entity bench graph, that was about 40 % of the driver's CPU time per query (0.33 -> 0.20 ms). Errors
 * are mapped by this executor and keep their message and code; only the recorded caller frames are dropped.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class GraphExecutor {
  /** Sessions currently open; tests assert it returns to zero. */
  openSessions = 0;
  /** Sessions opened since start (uploads included): every query of the server goes through here. */
  sessionsOpened = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly defaultTimeoutMs = 15_000,
  ) {}

  /** A whole number as a Cypher integer (JS numbers travel as floats). */
  int(value: number) {
    return neo4j.int(value);
  }

  /** Runs `work` in one READ transaction; the session is always closed. */
  read<T>(work: (tx: Transaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run(neo4j.session.READ, work, options);
  }

  /** Runs `work` in one WRITE transaction (schema bootstrap and fixtures only; ingest has its own). */
  write<T>(work: (tx: Transaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run(neo4j.session.WRITE, work, options);
  }

  /** One read query whose rows come back as plain objects (an auto-commit read: one round trip). */
  async rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<T[]> {
    return this.withSession(neo4j.session.READ, options, async (session, timeoutMs) => {
      const result = await withoutCallerStack(() =>
        session.run(cypher, toDriverParams(params) as Record<string, unknown>, { timeout: timeoutMs }),
      );
      return result.records.map((r) => r.toObject() as T);
    });
  }

  /**
   * Write transactions for ingest's loader (uploads): this executor's sessions, counting and deadline,
   * but the driver's own errors, which the loader classifies (retry, connection loss, one bad document).
   */
  ingestTransactions(timeoutMs = INGEST_TIMEOUT_MS): WriteTransactions {
    return {
      run: (work, { commit }) =>
        this.withSession(
          neo4j.session.WRITE,
          { timeoutMs },
          async (session, timeout) => {
            const tx = session.beginTransaction({ timeout });
            try {
              const value = await work(tx);
              if (commit) await tx.commit();
              else await tx.rollback();
              return value;
            } catch (err) {
              if (tx.isOpen()) await tx.rollback().catch(() => undefined);
              throw err;
            }
          },
          { mapErrors: false },
        ),
    };
  }

  private run<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>, options: RunOptions): Promise<T> {
    return this.withSession(mode, options, async (session, timeoutMs) => {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        const value = await work(tx);
        await tx.commit();
        return value;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      }
    });
  }

  /** Opens a session, races the work against a backstop deadline, maps errors, always closes. */
  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    options: RunOptions,
    work: (session: Session, timeoutMs: number) => Promise<T>,
    { mapErrors = true }: { mapErrors?: boolean } = {},
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, fetchSize: options.fetchSize });
    this.openSessions++;
    this.sessionsOpened++;
    let timer: NodeJS.Timeout | undefined;
    // A backstop for a database that accepts connections but never answers.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(AppError.unavailable('The graph database did not answer in time.')), timeoutMs + 5_000);
    });
    const attempt = work(session, timeoutMs);
    try {
      return await Promise.race([attempt, deadline]);
    } catch (err) {
      throw mapErrors ? mapNeo4jError(err) : err;
    } finally {
      clearTimeout(timer);
      attempt.catch(() => undefined);
      const closed = session
        .close()
        .catch(() => undefined)
        .finally(() => this.openSessions--);
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((r) => (grace = setTimeout(r, 2_000)))]);
      clearTimeout(grace);
    }
  }
}
