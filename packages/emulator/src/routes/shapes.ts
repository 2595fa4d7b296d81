import type { EmulatorContext } from '../context.js';
import type { LiveStreamRecord, VideoRecord } from '../store/types.js';

/** The `iframe` snippet api.video returns for an embed URL. */
function iframe(src: string): string {
  return `<iframe src="${src}" width="100%" height="100%" frameborder="0" scrolling="no" allowfullscreen=""></iframe>`;
}

/**
 * A video as the API returns it: every property of the spec's Video schema, `null` where unset (as api.video sends
 * `language` before detection and `playerId` without a player). Private videos get a fresh single-use token in their
 * asset URLs.
 */
export function videoToApi(ctx: EmulatorContext, video: VideoRecord): Record<string, unknown> {
  const base = ctx.url;
  const id = video.videoId;
  const vod = video.public ? `${base}/vod/${id}` : `${base}/vod/${id}/token/${ctx.hooks.mintPrivateToken(id)}`;
  const token = video.public ? '' : vod.slice(vod.lastIndexOf('/') + 1);
  const player = `${base}/embed/vod/${id}${token ? `?token=${token}` : ''}`;
  const assets: Record<string, string> = {
    hls: `${vod}/hls/manifest.m3u8`,
    iframe: iframe(player),
    player,
    thumbnail: `${vod}/thumbnail.jpg`,
  };
  if (video.mp4Support) assets['mp4'] = `${vod}/mp4/source.mp4`;
  const out: Record<string, unknown> = {
    videoId: id,
    createdAt: video.createdAt,
    title: video.title,
    description: video.description,
    publishedAt: video.publishedAt,
    updatedAt: video.updatedAt,
    discardedAt: video.discardedAt,
    deletesAt: video.deletesAt,
    discarded: video.discarded,
    language: video.language,
    languageOrigin: video.languageOrigin,
    tags: video.tags,
    metadata: video.metadata,
    source: sourceToApi(ctx, video),
    assets,
    playerId: video.playerId || null,
    public: video.public,
    panoramic: video.panoramic,
    mp4Support: video.mp4Support,
  };
  return out;
}

function sourceToApi(ctx: EmulatorContext, video: VideoRecord): Record<string, unknown> {
  if (video.source.type === 'live' && video.source.liveStreamId) {
    const liveStreamId = video.source.liveStreamId;
    return {
      type: 'live',
      liveStream: {
        liveStreamId,
        links: [{ rel: 'self', uri: `/live-streams/${liveStreamId}` }],
      },
    };
  }
  if (video.source.type === 'url' || video.source.type === 'clone') {
    return { type: 'upload', uri: video.source.uri ?? `/videos/${video.videoId}/source` };
  }
  return { type: 'upload', uri: `/videos/${video.videoId}/source` };
}

/** A live stream as the API returns it. */
export function liveStreamToApi(ctx: EmulatorContext, stream: LiveStreamRecord): Record<string, unknown> {
  const base = ctx.url;
  const id = stream.liveStreamId;
  const token = stream.public ? undefined : ctx.hooks.mintPrivateToken(id);
  const hls = token ? `${base}/live/private/${token}/${id}.m3u8` : `${base}/live/${id}.m3u8`;
  const player = `${base}/embed/live/${id}${token ? `?token=${token}` : ''}`;
  const out: Record<string, unknown> = {
    liveStreamId: id,
    name: stream.name,
    streamKey: stream.streamKey,
    public: stream.public,
    assets: { hls, iframe: iframe(player), player, thumbnail: `${base}/live/${id}/thumbnail.jpg` },
    broadcasting: stream.broadcasting,
    restreams: stream.restreams,
    createdAt: stream.createdAt,
    updatedAt: stream.updatedAt,
  };
  if (stream.playerId) out['playerId'] = stream.playerId;
  return out;
}
