/* Core/file: every export of the current view — PNG from the renderer, the rest from the server's /api/export. */

import { drawOnCanvas, toBlob } from '@sigma/export-image';
import type { ExportFormat } from '../../../../ontology/api-types.js';
import { apiUrl, request } from '../../api/http.js';
import { saveBlob } from './save-blob.js';

export type ViewExportFormat = ExportFormat | 'png';

export const EXPORT_LABELS: Record<ViewExportFormat, string> = {
  png: 'PNG image',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  csv: 'CSV',
  json: 'JSON',
  cypher: 'Cypher script',
  report: 'Evidence pack (HTML)',
  'report-md': 'Evidence pack (Markdown)',
};

const EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  graphml: 'graphml',
  gexf: 'gexf',
  cypher: 'cypher',
  report: 'html',
  'report-md': 'md',
};

/** Formats that carry the view's picture. */
export const WITH_PICTURE = new Set<ViewExportFormat>(['report']);

/** Largest picture sent with an evidence pack: it travels in the JSON body, under the server's request-body limit (1 MiB by default). */
const MAX_PICTURE_CHARS = 600_000;

/** The evidence pack's picture is drawn at least this wide (px), whatever the window, so its labels can be read. */
const PICTURE_MIN_WIDTH = 1600;

/**
 * The view as a data: URL for the evidence pack, drawn afresh at least PICTURE_MIN_WIDTH wide with larger labels —
 * a PNG, else (too big for the request) a JPEG of falling quality at the same size; null when even that does not fit.
 * `prepare` receives the temporary renderer before it draws (the app installs its label placement there).
 */
export async function viewPicture(
  sigma: object,
  prepare?: (renderer: never) => void,
  maxChars = MAX_PICTURE_CHARS,
): Promise<string | null> {
  const { width, height } = (sigma as { getDimensions(): { width: number; height: number } }).getDimensions();
  const outWidth = Math.max(PICTURE_MIN_WIDTH, Math.round(width));
  const outHeight = Math.round((outWidth * Math.max(1, height)) / Math.max(1, width));
  const canvas = await drawOnCanvas(sigma as never, {
    backgroundColor: '#ffffff',
    width: outWidth,
    height: outHeight,
    sigmaSettings: { labelSize: 16 },
    withTempRenderer: (renderer) => {
      prepare?.(renderer as never);
      renderer.refresh();
    },
  });
  const png = canvas.toDataURL('image/png');
  if (png.length <= maxChars) return png;
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const jpeg = canvas.toDataURL('image/jpeg', quality);
    if (jpeg.length <= maxChars) return jpeg;
  }
  return null;
}

export async function exportPng(sigma: object, fileBase: string): Promise<string> {
  const blob = await toBlob(sigma as never, { format: 'png', backgroundColor: '#ffffff', fileName: fileBase });
  const name = `${fileBase}.png`;
  saveBlob(blob, name);
  return name;
}

/** The server exports exactly the view's node ids and the relations among them. The ids travel in a
 *  POST body, so a view of any size exports itself; a failure (e.g. a body over the server's limit)
 *  is reported, never replaced by some other graph. */
export async function exportFromServer(
  format: ExportFormat,
  nodeIds: string[],
  fileBase: string,
  extra: { image?: string | null; from?: string; to?: string } = {},
): Promise<string> {
  const { image, ...range } = extra;
  const response = await request(apiUrl('/export'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, scope: 'nodes', ids: nodeIds, ...(image ? { image } : {}), ...range }),
  });
  const blob = await response.blob();
  // A zip (e.g. nodes.csv + edges.csv) keeps its own extension.
  const ext = /zip/.test(response.headers.get('content-type') ?? '') ? 'zip' : EXTENSIONS[format];
  const name = `${fileBase}.${ext}`;
  saveBlob(blob, name);
  return name;
}
