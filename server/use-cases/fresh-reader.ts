/* Server use cases: a read shared by concurrent callers without ever answering with a value older than the call. */

/**
 * Wraps `read` so that at most one runs at a time and concurrent callers share it. A caller never
 * gets the result of a read that started before it called: callers arriving while a read is in
 * flight wait for the next one, which starts as soon as the current one ends and serves them all.
 * Under N concurrent requests this costs about two reads per read-time instead of N.
 */
export function createFreshReader<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
