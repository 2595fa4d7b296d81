import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import { paginate, sortByQuery, sortItems, sortOrderQuery } from '../http/pagination.js';
import { ApiProblem, invalidAttribute, notFound } from '../problems.js';
import { newId } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps, SummaryRecord } from './deps.js';

function summaryToApi(summary: SummaryRecord): Record<string, unknown> {
  const { source: _source, ...rest } = summary;
  return rest;
}

/**
 * Summaries. The emulator cannot generate one: an `auto` summary ends `failed` at once (honest, visible), an `api`
 * summary is `missing` until its source is set with `PATCH /summaries/{id}/source`.
 */
export function registerSummaryRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const find = (summaryId: string): SummaryRecord => {
    const summary = deps.summaries.get(summaryId);
    if (!summary) throw notFound('summaryId');
    return summary;
  };

  app.post('/summaries', async (request, reply) => {
    const body = readBody<{ videoId: string; origin?: 'auto'; attributes?: string[] }>(
      request.body,
      {
        videoId: { type: 'string' },
        origin: { type: 'string', enum: ['auto'] },
        attributes: { type: 'string[]', enum: ['abstract', 'takeaways'] },
      },
      ['videoId'],
    );
    const video = ctx.videos.get(body.videoId);
    if (!video || video.discarded) throw invalidAttribute('videoId', 'This video does not exist.');
    if (deps.summaries.all().some((s) => s.videoId === body.videoId)) {
      throw new ApiProblem(409, 'summary-already-exists', 'A summary already exists for this video.', 'videoId');
    }
    const now = timestamp();
    const origin = body.origin === 'auto' ? 'auto' : 'api';
    const summary: SummaryRecord = {
      summaryId: newId('summary_'),
      createdAt: now,
      updatedAt: now,
      videoId: body.videoId,
      origin,
      sourceStatus: origin === 'auto' ? 'failed' : 'missing',
    };
    deps.summaries.insert(summary.summaryId, summary);
    return reply.code(201).send(summaryToApi(summary));
  });

  app.get('/summaries', async (request) => {
    const query = request.query as Record<string, unknown>;
    const sortBy = sortByQuery(query, ['createdAt', 'updatedAt', 'videoId'] as const);
    const list = deps.summaries
      .all()
      .filter(
        (s) =>
          (query['videoId'] === undefined || s.videoId === query['videoId']) &&
          (query['origin'] === undefined || s.origin === query['origin']) &&
          (query['sourceStatus'] === undefined || s.sourceStatus === query['sourceStatus']),
      );
    const page = paginate(request, ctx.url, sortItems(list, sortBy, sortOrderQuery(query)));
    return { ...page, data: page.data.map(summaryToApi) };
  });

  app.delete<{ Params: { summaryId: string } }>('/summaries/:summaryId', async (request, reply) => {
    find(request.params.summaryId);
    deps.summaries.delete(request.params.summaryId);
    return reply.code(204).send();
  });

  app.get<{ Params: { summaryId: string } }>('/summaries/:summaryId/source', async (request) => {
    const summary = find(request.params.summaryId);
    if (!summary.source) throw notFound('summaryId');
    return summary.source;
  });

  app.patch<{ Params: { summaryId: string } }>('/summaries/:summaryId/source', async (request, reply) => {
    const summary = find(request.params.summaryId);
    const body = readBody<{ abstract?: string; takeaways?: string[] }>(request.body, {
      abstract: { type: 'string' },
      takeaways: { type: 'string[]', maxItems: 3 },
    });
    const source = { ...summary.source };
    if (body.abstract !== undefined) source.abstract = body.abstract;
    if (body.takeaways !== undefined) source.takeaways = body.takeaways;
    deps.summaries.update(summary.summaryId, (current) => ({
      ...current,
      source,
      sourceStatus: 'completed',
      updatedAt: timestamp(),
    }));
    return reply.code(201).send(source);
  });
}
