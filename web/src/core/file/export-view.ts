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

/** The server exports exactly the view's node ids and the relations among them. The ids travel in a
 *  POST body, so a view of any size exports itself; a failure (e.g. a body over the server's limit)
 *  is reported, never replaced by some other graph. */
export async function exportFromServer(format: ExportFormat, nodeIds: string[], fileBase: string): Promise<string> {
  const response = await request(apiUrl('/export'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, scope: 'nodes', ids: nodeIds }),
  });
  const blob = await response.blob();
  // A zip (e.g. nodes.csv + edges.csv) keeps its own extension.
  const ext = /zip/.test(response.headers.get('content-type') ?? '') ? 'zip' : EXTENSIONS[format];
  const name = `${fileBase}.${ext}`;
  saveBlob(blob, name);
  return name;
}
