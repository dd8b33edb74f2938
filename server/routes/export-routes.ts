/* Server routes: GET /api/export — downloads of the graph (filled in by the exports module). */

import type { RouteSpec } from '../http/route-spec.js';

export const exportRoutes: RouteSpec[] = [];
