/* Ingest CLI: one line for an error — the driver's "Caused by" when it has one, never a stack. */

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by:\s*(.+)$/s.exec(message)?.[1];
  return (cause ?? message).split('\n')[0]!.trim();
}
