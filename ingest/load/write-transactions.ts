/* Ingest load: where write transactions come from — the driver for the CLI, the server's executor for uploads. */

import type { Driver, Transaction } from 'neo4j-driver';

/** Runs `work` in one write transaction, committed or (dry run) rolled back; errors come back as the driver raised them. */
export interface WriteTransactions {
  run<T>(work: (tx: Transaction) => Promise<T>, options: { commit: boolean }): Promise<T>;
}

/** Write transactions on their own sessions of `driver` (what the CLI and benchmarks use). */
export function driverWriteTransactions(driver: Driver, database: string): WriteTransactions {
  return {
    async run(work, { commit }) {
      const session = driver.session({ database, defaultAccessMode: 'WRITE' });
      const tx = session.beginTransaction();
      try {
        const value = await work(tx);
        if (commit) await tx.commit();
        else await tx.rollback();
        return value;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      } finally {
        await session.close();
      }
    },
  };
}
