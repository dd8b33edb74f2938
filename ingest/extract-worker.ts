/* Ingest: one extraction worker thread — SourceInputs in, one ExtractionResult (or the error) per input out, as JSON. */

import { parentPort } from 'node:worker_threads';
import { extractInProcess } from './extract-outcomes.js';
import type { ExtractTask, ExtractTaskDone } from './extract-pool.js';

if (!parentPort) throw new Error('extract-worker runs as a worker thread (see extract-pool.ts)');
const port = parentPort;

port.on('message', (task: ExtractTask) => {
  const done: ExtractTaskDone = { id: task.id, outcomes: extractInProcess(task.inputs) };
  // As JSON text: the result is JSON by contract, and JSON.parse in the pool's thread costs about a
  // quarter less than the structured clone's deserialization.
  port.postMessage(JSON.stringify(done));
});
