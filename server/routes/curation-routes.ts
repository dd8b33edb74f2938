/* Server routes: curation — merge, edit, keep apart, review, the review queue, the decision history and undo.
   Every write needs an editor's bearer token; the decision records the editor's name. */

import {
  decisionsResponseSchema,
  entityDecisionResponseSchema,
  keepApartResponseSchema,
  reviewDecisionResponseSchema,
  reviewQueueResponseSchema,
} from '../../ontology/api-schemas.js';
import type { EditRequest } from '../curation/edit-entity.js';
import { listDecisions } from '../curation/decision-tx.js';
import { route, type RouteSpec } from '../http/route-spec.js';
import { decisionsQuery, editBody, idParams, keepApartBody, mergeBody, reviewBody, reviewQueueQuery } from '../http/request-schemas.js';
import { editUseCase, keepApartUseCase, mergeUseCase, reviewUseCase, undoUseCase } from '../use-cases/curate.js';
import { reviewQueueUseCase } from '../use-cases/review-queue.js';

export const curationRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/entities/merge',
    response: entityDecisionResponseSchema,
    tag: 'curation',
    auth: true,
    summary:
      'Merge entities into one: `into` keeps its id; aliases, properties, relationships (evidence, documents, rules) and mentions of `from` move to it.',
    body: mergeBody,
    responses: {
      400: 'Merging an entity into itself, or another type without allowTypeChange.',
      404: 'Unknown entity id.',
      409: 'An entity was already merged away.',
    },
    handle: ({ ctx, user, body }) => mergeUseCase(ctx, body, user),
  }),
  route({
    method: 'patch',
    path: '/api/entities/:id',
    response: entityDecisionResponseSchema,
    tag: 'curation',
    auth: true,
    summary: "Rename an entity, change its type (it gets that type's id, returned), add or remove aliases. Later ingests keep the change.",
    params: idParams,
    body: editBody,
    responses: { 404: 'Unknown entity id.', 409: "The new type's id is taken (merge instead)." },
    handle: ({ ctx, user, params, body }) => editUseCase(ctx, params.id, body as EditRequest, user),
  }),
  route({
    method: 'post',
    path: '/api/entities/keep-apart',
    response: keepApartResponseSchema,
    tag: 'curation',
    auth: true,
    summary: 'Record that entities which look alike are not the same: the duplicate queue never suggests them again.',
    body: keepApartBody,
    responses: { 404: 'Unknown entity id.' },
    handle: ({ ctx, user, body }) => keepApartUseCase(ctx, body.ids, user),
  }),
  route({
    method: 'post',
    path: '/api/relations/:id/review',
    response: reviewDecisionResponseSchema,
    tag: 'curation',
    auth: true,
    summary: 'Confirm or reject a relationship. A rejected one keeps its evidence and is hidden everywhere unless include=rejected.',
    params: idParams,
    body: reviewBody,
    responses: { 404: 'No such relationship.' },
    handle: ({ ctx, user, params, body }) => reviewUseCase(ctx, params.id, body.verdict, body.note, user),
  }),
  route({
    method: 'get',
    path: '/api/review',
    response: reviewQueueResponseSchema,
    tag: 'curation',
    summary:
      'The review queue: kind=relations (unreviewed, lowest confidence first) or kind=duplicates (same-type candidates by name similarity, shared aliases and neighbours).',
    query: reviewQueueQuery,
    handle: ({ ctx, query }) => reviewQueueUseCase(ctx, query.kind, query.limit),
  }),
  route({
    method: 'get',
    path: '/api/decisions',
    response: decisionsResponseSchema,
    tag: 'curation',
    summary: 'The curation decisions, newest first.',
    query: decisionsQuery,
    handle: ({ ctx, query }) => listDecisions(ctx, query),
  }),
  route({
    method: 'post',
    path: '/api/decisions/:id/undo',
    response: keepApartResponseSchema,
    tag: 'curation',
    auth: true,
    summary: 'Undo a decision: restores what it changed. A later decision on the same entities must be undone first.',
    params: idParams,
    responses: { 404: 'No such decision.', 409: 'Already undone, or a later decision touches the same entities.' },
    handle: ({ ctx, user, params }) => undoUseCase(ctx, params.id, user),
  }),
];
