/* Core/file: saves a Blob as a download (an anchor with `download`, so browsers and tests see a real download). */

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL asynchronously after click().
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file-system-safe base name for the current view, e.g. "newsgraph-jane-doe-2026-11-21". */
export function fileBaseName(viewName: string, date = new Date()): string {
  const slug =
    viewName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .slice(0, 60) || 'view';
  return `newsgraph-${slug}-${date.toISOString().slice(0, 10)}`;
}
