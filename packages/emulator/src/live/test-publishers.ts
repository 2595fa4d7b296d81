import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { readBody } from '../http/body.js';
import { notFound } from '../problems.js';
import { pushTestStream, type TestStreamPublisher } from './push-test-stream.js';

interface PublisherBody {
  duration?: number;
  width?: number;
  height?: number;
  fps?: number;
}

/**
 * Emulator-only routes that start and stop a test publisher (the `push-live` pattern) on a live stream, so that
 * browser tests, which cannot spawn ffmpeg, can take a stream on and off air:
 * `PUT /_emulator/live-streams/{id}/publisher` `{duration?, width?, height?, fps?}` → 201 (200 if already running),
 * `DELETE /_emulator/live-streams/{id}/publisher` → 204 once the publisher has disconnected.
 */
export function registerTestPublisherRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const running = new Map<string, TestStreamPublisher>();
  const path = '/_emulator/live-streams/:liveStreamId/publisher';

  app.put<{ Params: { liveStreamId: string } }>(path, async (request, reply) => {
    const stream = ctx.liveStreams.get(request.params.liveStreamId);
    if (!stream || !ctx.rtmpUrl) throw notFound('liveStreamId');
    const body = readBody<PublisherBody>(request.body, {
      duration: { type: 'integer', min: 1, max: 3600 },
      width: { type: 'integer', min: 16, max: 3840 },
      height: { type: 'integer', min: 16, max: 2160 },
      fps: { type: 'integer', min: 1, max: 60 },
    });
    if (running.has(stream.liveStreamId)) return reply.code(200).send({ liveStreamId: stream.liveStreamId });
    const publisher = pushTestStream({ rtmpUrl: ctx.rtmpUrl, streamKey: stream.streamKey, ...body });
    running.set(stream.liveStreamId, publisher);
    void publisher.exited.then(() => {
      if (running.get(stream.liveStreamId) === publisher) running.delete(stream.liveStreamId);
    });
    return reply.code(201).send({ liveStreamId: stream.liveStreamId });
  });

  app.delete<{ Params: { liveStreamId: string } }>(path, async (request, reply) => {
    const publisher = running.get(request.params.liveStreamId);
    if (!publisher) throw notFound('liveStreamId');
    await publisher.stop();
    return reply.code(204).send();
  });

  ctx.onStop.push(async () => {
    await Promise.all([...running.values()].map((publisher) => publisher.stop()));
  });
}
