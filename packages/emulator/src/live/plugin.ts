import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { privateAccessFor } from '../media/private-access.js';
import { createWebhookDispatcher } from '../webhooks/index.js';
import { Broadcasts } from './broadcasts.js';
import { startRtmpServer } from './rtmp/server.js';
import { registerLiveRoutes } from './routes.js';
import { registerTestPublisherRoutes } from './test-publishers.js';

/** The RTMP application publishers connect to, as in api.video's `rtmp://broadcast.api.video/s/{streamKey}`. */
export const RTMP_APP = 's';

/**
 * Live streaming: starts the RTMP ingest on `ctx.options.live.rtmpPort` (sets `ctx.rtmpUrl`), serves live HLS under
 * `/live/…`, keeps each stream's `broadcasting` flag, sends the broadcast webhooks and, with `live.record`, turns
 * each ended broadcast into a video. Called once from server.ts before the server listens.
 */
export async function registerLive(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  const webhooks = createWebhookDispatcher({ listWebhooks: () => ctx.webhooks.list() });
  const record = ctx.options.live.record;
  const access = privateAccessFor(ctx);
  // The same minting as the media module's, so private live URLs carry stored tokens whichever module runs first.
  ctx.hooks.mintPrivateToken = (id) => access.mint(id);

  const broadcasts = new Broadcasts({
    liveDir: join(ctx.paths.root, 'live'),
    findStream: (streamKey) => ctx.liveStreams.findByStreamKey(streamKey),
    setBroadcasting: (liveStreamId, broadcasting) => void ctx.liveStreams.setBroadcasting(liveStreamId, broadcasting),
    notify: (type, liveStreamId) => void webhooks.emit(type, { liveStreamId }),
    log: (message) => ctx.log('warn', message),
    ...(record
      ? {
          recorded: async (liveStreamId: string, recordingPath: string) => {
            const stream = ctx.liveStreams.get(liveStreamId);
            const video = ctx.videos.create({
              title: stream?.name ?? liveStreamId,
              public: stream?.public ?? true,
              source: { type: 'live', liveStreamId },
            });
            const { size } = await stat(recordingPath);
            // attachSource emits 'source:assembled', which the media module encodes like any upload.
            await ctx.videos.attachSource(video.videoId, recordingPath, size);
            void webhooks.emit('video.source.recorded', { liveStreamId, videoId: video.videoId });
          },
        }
      : {}),
  });

  // A crash leaves `broadcasting: true` and segments behind; no publisher survives a restart.
  for (const stream of ctx.liveStreams.list()) {
    if (stream.broadcasting) ctx.liveStreams.setBroadcasting(stream.liveStreamId, false);
  }
  await broadcasts.removeLeftovers();

  ctx.events.on('live-stream:complete', ({ liveStreamId }) => broadcasts.disconnect(liveStreamId));
  ctx.events.on('live-stream:deleted', ({ liveStreamId }) => broadcasts.disconnect(liveStreamId));

  registerLiveRoutes(app, {
    broadcasts,
    isPrivate: (liveStreamId) => ctx.liveStreams.get(liveStreamId)?.public === false,
    // Live players reload the manifest with the same URL every segment, so a private live token is reusable for
    // its stream, where a VOD token is single-use.
    checkToken: (liveStreamId, token) => access.known(liveStreamId, token),
    thumbnailPath: (liveStreamId) => ctx.paths.liveThumbnail(liveStreamId),
  });

  registerTestPublisherRoutes(app, ctx);

  const rtmp = await startRtmpServer({
    host: ctx.options.host,
    port: ctx.options.live.rtmpPort,
    apps: [RTMP_APP],
    onPublish: (request) => broadcasts.publish(request),
  });
  const host = ctx.options.host === '0.0.0.0' || ctx.options.host === '::' ? '127.0.0.1' : ctx.options.host;
  ctx.rtmpUrl = `rtmp://${host.includes(':') ? `[${host}]` : host}:${rtmp.port}/${RTMP_APP}`;

  ctx.onStop.push(async () => {
    broadcasts.beginStop();
    await rtmp.close();
    await broadcasts.settled();
    await webhooks.close();
  });
}
