/* Ingest: SourceInputs → one extraction outcome each (the result, or why extractDocument threw), in this thread; what a pool worker runs too. */

import type { ExtractionResult } from '../ontology/extraction-result.js';
import { extractDocument } from './extract-documents.js';
import type { SourceInput } from './source-input.js';

/** One input's extraction: its result, or why extractDocument threw. */
export type ExtractOutcome = { result: ExtractionResult; error?: undefined } | { result?: undefined; error: string };

export function extractInProcess(inputs: SourceInput[]): ExtractOutcome[] {
  return inputs.map((input) => {
    try {
      return { result: extractDocument(input) };
    } catch (error) {
      return { error: (error as Error)?.message ?? String(error) };
    }
  });
}
