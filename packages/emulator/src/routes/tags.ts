import type { FastifyInstance } from 'fastify';
import { paginate, sortByQuery, sortOrderQuery } from '../http/pagination.js';
import type { RouteDeps } from './deps.js';

/** `GET /tags`: the tags of the (non-discarded) videos with their counts. */
export function registerTagRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/tags', async (request) => {
    const query = request.query as Record<string, unknown>;
    const value = typeof query['value'] === 'string' ? query['value'].toLowerCase() : undefined;
    const sortBy = sortByQuery(query, ['value', 'videoCount'] as const) ?? 'value';
    const sign = sortOrderQuery(query) === 'asc' ? 1 : -1;
    const counts = new Map<string, number>();
    for (const video of deps.ctx.videos.list()) {
      if (video.discarded) continue;
      for (const tag of video.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    const tags = [...counts]
      .map(([tag, videoCount]) => ({ value: tag, videoCount }))
      .filter((tag) => value === undefined || tag.value.toLowerCase().includes(value))
      .sort((a, b) => sign * (sortBy === 'videoCount' ? a.videoCount - b.videoCount : a.value.localeCompare(b.value)));
    return paginate(request, deps.ctx.url, tags);
  });
}
