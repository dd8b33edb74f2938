/* Core/file: every export of the current view — PNG from the renderer, the rest from the server's /api/export. */

import { toBlob } from '@sigma/export-image';
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
};

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', json: 'json', graphml: 'graphml', gexf: 'gexf', cypher: 'cypher' };

export async function exportPng(sigma: object, fileBase: string): Promise<string> {
  const blob = await toBlob(sigma as never, { format: 'png', backgroundColor: '#ffffff', fileName: fileBase });
  const name = `${fileBase}.png`;
  saveBlob(blob, name);
  return name;
}

/** Node ids travel in the query string; past this a URL risks the server's header limit (HTTP 431). */
export const MAX_IDS_CHARS = 7500;

/** The server exports exactly the view's node ids (and the relations among them); a view too large for a
 *  URL falls back to the whole graph, and the file name says so. */
export async function exportFromServer(format: ExportFormat, nodeIds: string[], fileBase: string): Promise<string> {
  const ids = nodeIds.join(',');
  const whole = ids.length > MAX_IDS_CHARS;
  if (whole) fileBase = `${fileBase}-whole-graph`;
  const response = await request(apiUrl('/export', whole ? { format, scope: 'all' } : { format, scope: 'nodes', ids }));
  const blob = await response.blob();
  // A zip (e.g. nodes.csv + edges.csv) keeps its own extension.
  const ext = /zip/.test(response.headers.get('content-type') ?? '') ? 'zip' : EXTENSIONS[format];
  const name = `${fileBase}.${ext}`;
  saveBlob(blob, name);
  return name;
}
