/*
 * Ingest load: what the documents a transaction creates add to the provenance of the entities and relationships they
 * write (refresh-provenance.ts recomputes the same figures from the graph): the earliest and latest day, the outlets,
 * and how many independent sources they add. Written with the rows themselves, so a load does not read every
 * touched relationship's documents back.
 *
 * A source is a document's story: the first document of it (`duplicateOf`), or the document itself. A story first
 * seen in this transaction cannot already be counted on anything in the graph, so its count simply adds. A story
 * whose first document was already stored may be: such a row asks for a recount (`recount`).
 */

import type { DocumentRows } from './graph-rows.js';
import type { DuplicateLink } from './link-duplicates.js';
import { dateOf } from './to-document-rows.js';

export interface DocumentProvenance {
  /** Publication day (YYYY-MM-DD), or null. */
  day: string | null;
  outlet: string | null;
  /** Its story's first document (the independent-source key). */
  story: string;
  /** The story's first document was created in this transaction too. */
  newStory: boolean;
}

export interface RowProvenance {
  firstSeen: string | null;
  lastSeen: string | null;
  /** Outlets, sorted. */
  outlets: string[];
  /** Independent sources these documents add. */
  sources: number;
  /** A story may already be counted on the stored entity or relationship: recount it from the graph. */
  recount: boolean;
}

/** `created`: the documents this transaction created; `links`: the near-duplicates among them. */
export function documentProvenance(created: DocumentRows[], links: DuplicateLink[]): Map<string, DocumentProvenance> {
  const rootOf = new Map(links.map((l) => [l.id, l.root]));
  const ids = new Set(created.map((d) => d.document.id));
  return new Map(
    created.map((d) => {
      const story = rootOf.get(d.document.id) ?? d.document.id;
      const outlet = d.document.props.outlet;
      return [
        d.document.id,
        {
          day: dateOf(d.document.props.publishedAt),
          outlet: typeof outlet === 'string' ? outlet : null,
          story,
          newStory: ids.has(story),
        },
      ];
    }),
  );
}

/** The provenance `docIds` add; documents this transaction did not create add nothing and ask for a recount. */
export function rowProvenance(docIds: Iterable<string>, documents: Map<string, DocumentProvenance>): RowProvenance {
  const outlets = new Set<string>();
  const stories = new Set<string>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  let recount = false;
  for (const id of docIds) {
    const doc = documents.get(id);
    if (!doc) {
      recount = true;
      continue;
    }
    if (doc.day !== null) {
      if (firstSeen === null || doc.day < firstSeen) firstSeen = doc.day;
      if (lastSeen === null || doc.day > lastSeen) lastSeen = doc.day;
    }
    if (doc.outlet !== null) outlets.add(doc.outlet);
    stories.add(doc.story);
    if (!doc.newStory) recount = true;
  }
  return { firstSeen, lastSeen, outlets: [...outlets].sort(), sources: stories.size, recount };
}
