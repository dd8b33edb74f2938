/* Ingest read: the file types ingest reads and the size limit per file. */

const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'] as const;

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function isSupportedFile(path: string): boolean {
  const lower = path.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
