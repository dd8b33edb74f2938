/* Server routes: saved views — an analyst keeps a view (deep-link state, node positions, camera) and later
   sees what is new around it. Writes need an editor's token; reads follow read protection. */

import { route, type RouteSpec } from '../http/route-spec.js';
import { viewBody, viewChangesQuery, viewIdParams, viewUpdateBody } from '../http/view-schemas.js';
import {
  createViewUseCase,
  deleteViewUseCase,
  listViewsUseCase,
  readViewUseCase,
  updateViewUseCase,
  viewChangesUseCase,
  viewGraphUseCase,
} from '../use-cases/saved-views.js';

export const viewRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/views',
    tag: 'views',
    auth: true,
    created: true,
    summary: 'Save a view: its name, deep-link state, node positions and camera; records who saved it and when.',
    body: viewBody,
    handle: async ({ ctx, user, body, res }) => {
      const view = await createViewUseCase(ctx, body, user);
      res.status(201);
      return view;
    },
  }),
  route({
    method: 'get',
    path: '/api/views',
    tag: 'views',
    summary: 'The saved views, most recently updated first (without their positions).',
    handle: ({ ctx }) => listViewsUseCase(ctx),
  }),
  route({
    method: 'get',
    path: '/api/views/:id',
    tag: 'views',
    summary: 'One saved view with its state, positions and camera.',
    params: viewIdParams,
    responses: { 404: 'No such view.' },
    handle: ({ ctx, params }) => readViewUseCase(ctx, params.id),
  }),
  route({
    method: 'put',
    path: '/api/views/:id',
    tag: 'views',
    auth: true,
    summary: 'Rename a view or update its state, positions or camera (a new state or positions moves `savedAt`; a rename does not).',
    params: viewIdParams,
    body: viewUpdateBody,
    responses: { 404: 'No such view.' },
    handle: ({ ctx, user, params, body }) => updateViewUseCase(ctx, params.id, body, user),
  }),
  route({
    method: 'delete',
    path: '/api/views/:id',
    tag: 'views',
    auth: true,
    summary: 'Delete a saved view.',
    params: viewIdParams,
    responses: { 404: 'No such view.' },
    handle: ({ ctx, params }) => deleteViewUseCase(ctx, params.id),
  }),
  route({
    method: 'get',
    path: '/api/views/:id/graph',
    tag: 'views',
    summary: "The view's entities and the relationships among them (not rejected), as a graph payload: how a saved view reopens.",
    params: viewIdParams,
    responses: { 404: 'No such view.' },
    handle: ({ ctx, params }) => viewGraphUseCase(ctx, params.id),
  }),
  route({
    method: 'get',
    path: '/api/views/:id/changes',
    tag: 'views',
    summary:
      'What is new around a view: relationships touching its entities whose first document was ingested after `since` (default: when the view was last saved), with both ends, evidence and documents.',
    params: viewIdParams,
    query: viewChangesQuery,
    responses: { 404: 'No such view.' },
    handle: ({ ctx, params, query }) => viewChangesUseCase(ctx, params.id, query),
  }),
];
