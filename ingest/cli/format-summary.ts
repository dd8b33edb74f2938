/* Ingest CLI: the human-readable summary of an ingest run, a removal and a re-extraction. */

import type { PathsIngestSummary } from '../ingest-paths.js';
import type { ReextractSummary } from '../reextract-documents.js';
import type { RemoveSummary } from '../remove-document.js';

const n = (value: number): string => value.toLocaleString('en-US');

export function formatSummary(summary: PathsIngestSummary): string {
  const d = summary.documents;
  const lines = [
    `${summary.dryRun ? 'dry run (nothing written): ' : ''}documents: ${n(d.read)} read, ${n(d.new)} new, ${n(d.alreadyIngested)} already ingested, ${n(d.rejected)} rejected, ${n(d.failed)} failed`,
    `entities: ${n(summary.entities.created)} created, ${n(summary.entities.updated)} updated${summary.entities.resolved ? ` (${n(summary.entities.resolved)} new name(s) joined to an entity of another document)` : ''}; relations: ${n(summary.relations.created)} created, ${n(summary.relations.updated)} updated`,
    `time: ${(summary.ms / 1000).toFixed(1)} s (extraction ${(summary.extractMs / 1000).toFixed(1)} s, load ${(summary.loadMs / 1000).toFixed(1)} s)`,
  ];
  const copies = summary.results.filter((r) => r.duplicateOf).length;
  if (copies > 0)
    lines.push(`near-duplicates: ${n(copies)} new document(s) nearly repeat an older one (linked DUPLICATE_OF, counted once as a source)`);
  for (const warning of summary.warnings) lines.push(`warning: ${warning}`);
  for (const r of summary.rejected) lines.push(`rejected: ${r.source}: ${r.reason}`);
  for (const f of summary.failed)
    lines.push(`failed: ${f.source} (document ${f.documentId.slice(0, 12)}…): ${f.reason} — rolled back, nothing of it was written`);
  return lines.join('\n');
}

export function formatRemoval(summary: RemoveSummary): string {
  if (!summary.removed) return `remove: no document with id ${summary.documentId}`;
  return (
    `removed document ${summary.documentId}${summary.source ? ` (${summary.source})` : ''}: ` +
    `${n(summary.entitiesDeleted)} entities deleted, ${n(summary.entitiesUpdated)} updated; ` +
    `${n(summary.relationsDeleted)} relations deleted, ${n(summary.relationsTrimmed)} trimmed`
  );
}

export function formatReextract(summary: ReextractSummary): string {
  const d = summary.documents;
  const lines = [
    `re-extracted ${n(d.reextracted)} of ${n(d.total)} documents, ${n(d.failed)} failed`,
    `relations: ${n(summary.relations.before)} before, ${n(summary.relations.after)} after; entities: ${n(summary.entities.before)} before, ${n(summary.entities.after)} after`,
    `time: ${(summary.ms / 1000).toFixed(1)} s`,
  ];
  for (const f of summary.failed)
    lines.push(`failed: ${f.source} (document ${f.documentId.slice(0, 12)}…): ${f.reason} — rolled back, left as it was`);
  return lines.join('\n');
}
