import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { paginate, sortByQuery, sortItems, sortOrderQuery } from '../http/pagination.js';
import { notFound } from '../problems.js';
import { newId } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps, WatermarkRecord } from './deps.js';
import { IMAGE_EXTENSIONS, receiveImage } from './files.js';

/** Watermark images: upload, list, delete. Files at `ctx.paths.watermark(id)` for the media module. */
export function registerWatermarkRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  app.post('/watermarks', async (request) => {
    const watermarkId = newId('watermark_');
    await receiveImage(request, ctx, IMAGE_EXTENSIONS, ctx.paths.watermark(watermarkId));
    return deps.watermarks.insert(watermarkId, { watermarkId, createdAt: timestamp() });
  });

  app.get('/watermarks', async (request) => {
    const query = request.query as Record<string, unknown>;
    const sortBy = sortByQuery(query, ['createdAt', 'watermarkId'] as const);
    const list: WatermarkRecord[] = sortItems(deps.watermarks.all(), sortBy, sortOrderQuery(query));
    return paginate(request, ctx.url, list);
  });

  app.delete<{ Params: { watermarkId: string } }>('/watermarks/:watermarkId', async (request, reply) => {
    const { watermarkId } = request.params;
    if (!deps.watermarks.delete(watermarkId)) throw notFound('watermarkId');
    await rm(ctx.paths.watermark(watermarkId), { force: true });
    ctx.events.emit('watermark:deleted', { watermarkId });
    return reply.code(204).send();
  });
}
