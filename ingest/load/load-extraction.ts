/* Ingest load: an ExtractionResult (one or many documents) → Neo4j, one outcome per document. */

import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../ontology/extraction-result.js';
import type { DocumentRows } from './graph-rows.js';
import { loadDocuments, type DocumentOutcome, type LoadOptions, type LoadSummary } from './load-documents.js';
import { splitByDocument } from './split-by-document.js';
import { toDocumentRows } from './to-document-rows.js';

export async function loadExtraction(
  driver: Driver,
  database: string,
  result: ExtractionResult,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const rows: DocumentRows[] = [];
  const broken: { index: number; outcome: DocumentOutcome }[] = [];
  splitByDocument(result).forEach((part, index) => {
    const doc = part.documents[0]!;
    try {
      rows.push(toDocumentRows(part));
    } catch (error) {
      broken.push({
        index,
        outcome: {
          id: doc.id,
          source: doc.source,
          status: 'failed',
          entities: part.entities.length,
          relations: part.relations.length,
          error: (error as Error).message,
        },
      });
    }
  });
  const summary = await loadDocuments(driver, database, rows, options);
  // Keep the documents' input order, broken ones included.
  for (const { index, outcome } of broken) summary.outcomes.splice(Math.min(index, summary.outcomes.length), 0, outcome);
  return summary;
}
