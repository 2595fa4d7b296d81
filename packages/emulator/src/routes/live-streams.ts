import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import type { BodyRules } from '../http/body.js';
import { paginate, sortByQuery, sortItems, sortOrderQuery } from '../http/pagination.js';
import { invalidAttribute, notFound } from '../problems.js';
import type { LiveStreamRecord } from '../store/types.js';
import { newId, newStreamKey } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps } from './deps.js';
import { IMAGE_EXTENSIONS, receiveImage } from './files.js';
import { liveStreamToApi } from './shapes.js';

const RULES: BodyRules = {
  name: { type: 'string' },
  public: { type: 'boolean' },
  playerId: { type: 'string' },
  restreams: { type: 'object[]', itemKeys: ['name', 'serverUrl', 'streamKey'], maxItems: 5 },
};

interface LiveStreamBody {
  name?: string;
  public?: boolean;
  playerId?: string;
  restreams?: LiveStreamRecord['restreams'];
}

/** Live streams: CRUD, thumbnail, complete. `broadcasting` is the live module's to set. */
export function registerLiveStreamRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const find = (liveStreamId: string): LiveStreamRecord => {
    const stream = ctx.liveStreams.get(liveStreamId);
    if (!stream) throw notFound('liveStreamId');
    return stream;
  };
  const apply = (stream: LiveStreamRecord, body: LiveStreamBody): LiveStreamRecord => {
    const next = { ...stream };
    if (body.name !== undefined) next.name = body.name;
    if (body.public !== undefined) next.public = body.public;
    if (body.playerId !== undefined) {
      if (!deps.players.get(body.playerId)) throw invalidAttribute('playerId', 'This player does not exist.');
      next.playerId = body.playerId;
    }
    if (body.restreams !== undefined) {
      next.restreams = body.restreams.map(({ name, serverUrl, streamKey }) => ({ name, serverUrl, streamKey }));
    }
    return next;
  };

  app.get('/live-streams', async (request) => {
    const query = request.query as Record<string, unknown>;
    const sortBy = sortByQuery(query, ['name', 'createdAt', 'updatedAt'] as const);
    const name = typeof query['name'] === 'string' ? query['name'] : undefined;
    const streamKey = typeof query['streamKey'] === 'string' ? query['streamKey'] : undefined;
    const streams = ctx.liveStreams
      .list()
      .filter((s) => (name === undefined || s.name === name) && (streamKey === undefined || s.streamKey === streamKey));
    const page = paginate(request, ctx.url, sortItems(streams, sortBy, sortOrderQuery(query)));
    return { ...page, data: page.data.map((s) => liveStreamToApi(ctx, s)) };
  });

  app.post('/live-streams', async (request, reply) => {
    const body = readBody<LiveStreamBody & { name: string }>(request.body, RULES, ['name']);
    const now = timestamp();
    const draft: LiveStreamRecord = {
      liveStreamId: newId('li'),
      name: body.name,
      streamKey: newStreamKey(),
      public: true,
      broadcasting: false,
      restreams: [],
      createdAt: now,
      updatedAt: now,
      hasThumbnail: false,
    };
    const stream = ctx.liveStreams.docs.insert(draft.liveStreamId, apply(draft, body));
    ctx.events.emit('live-stream:created', { liveStreamId: stream.liveStreamId, streamKey: stream.streamKey });
    return reply.code(200).send(liveStreamToApi(ctx, stream));
  });

  app.get<{ Params: { liveStreamId: string } }>('/live-streams/:liveStreamId', async (request) =>
    liveStreamToApi(ctx, find(request.params.liveStreamId)),
  );

  app.patch<{ Params: { liveStreamId: string } }>('/live-streams/:liveStreamId', async (request) => {
    const stream = find(request.params.liveStreamId);
    const body = readBody<LiveStreamBody>(request.body, RULES);
    const next = { ...apply(stream, body), updatedAt: timestamp() };
    // Re-read inside the update so a `broadcasting` flip by the live module meanwhile is kept.
    const saved = ctx.liveStreams.docs.update(stream.liveStreamId, (current) => ({
      ...next,
      broadcasting: current.broadcasting,
    }))!;
    ctx.events.emit('live-stream:updated', { liveStreamId: stream.liveStreamId });
    return liveStreamToApi(ctx, saved);
  });

  app.delete<{ Params: { liveStreamId: string } }>('/live-streams/:liveStreamId', async (request, reply) => {
    const stream = find(request.params.liveStreamId);
    ctx.liveStreams.docs.delete(stream.liveStreamId);
    await rm(ctx.paths.liveThumbnail(stream.liveStreamId), { force: true });
    ctx.events.emit('live-stream:deleted', { liveStreamId: stream.liveStreamId, streamKey: stream.streamKey });
    return reply.code(204).send();
  });

  app.post<{ Params: { liveStreamId: string } }>('/live-streams/:liveStreamId/thumbnail', async (request, reply) => {
    const stream = find(request.params.liveStreamId);
    const path = ctx.paths.liveThumbnail(stream.liveStreamId);
    await receiveImage(request, ctx, IMAGE_EXTENSIONS, path);
    const saved = ctx.liveStreams.docs.update(stream.liveStreamId, (current) => ({
      ...current,
      hasThumbnail: true,
      updatedAt: timestamp(),
    }))!;
    ctx.events.emit('live-stream:thumbnail', { liveStreamId: stream.liveStreamId, path });
    return reply.code(201).send(liveStreamToApi(ctx, saved));
  });

  app.delete<{ Params: { liveStreamId: string } }>('/live-streams/:liveStreamId/thumbnail', async (request) => {
    const stream = find(request.params.liveStreamId);
    if (!stream.hasThumbnail) throw notFound('thumbnail');
    await rm(ctx.paths.liveThumbnail(stream.liveStreamId), { force: true });
    const saved = ctx.liveStreams.docs.update(stream.liveStreamId, (current) => ({
      ...current,
      hasThumbnail: false,
      updatedAt: timestamp(),
    }))!;
    ctx.events.emit('live-stream:thumbnail', { liveStreamId: stream.liveStreamId, path: null });
    return liveStreamToApi(ctx, saved);
  });

  app.put<{ Params: { liveStreamId: string } }>('/live-streams/:liveStreamId/complete', async (request, reply) => {
    const stream = find(request.params.liveStreamId);
    ctx.events.emit('live-stream:complete', { liveStreamId: stream.liveStreamId });
    return reply.code(202).send();
  });
}
