/* Server use case: POST /api/documents/url — fetch a page with the ingest fetcher (same limits, same address rule), then ingest its article. */

import { readPage } from '../../ingest/ingest-urls.js';
import { FetchError, fetchLimits } from '../../ingest/read/fetch-url.js';
import type { PageInput } from '../../ingest/read/page-to-input.js';
import type { UrlIngestResponse } from '../../ontology/api-types.js';
import type { ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { ingestDocument } from './ingest-document.js';

export async function ingestUrl(ctx: ServerContext, url: string): Promise<UrlIngestResponse> {
  let page: PageInput;
  try {
    page = await readPage(url, fetchLimits(ctx.config));
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    if (error.kind === 'refused') throw AppError.badRequest('url_refused', `The URL was refused: ${error.message}.`);
    if (error.kind === 'timeout') throw new AppError(504, 'fetch_timeout', `The page could not be fetched in time: ${error.message}.`);
    throw new AppError(502, 'fetch_failed', `The page could not be fetched: ${error.message}.`);
  }
  const { input } = page;
  const result = await ingestDocument(ctx, input);
  return {
    ...result,
    title: input.title ?? null,
    url: input.url ?? url,
    source: input.source ?? null,
    publishedAt: input.publishedAt ?? null,
  };
}
