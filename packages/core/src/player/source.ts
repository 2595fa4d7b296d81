import { VidkitError } from '../errors.js';
import { liveBase } from '../status/live-url.js';

/** A caption as the API lists it (`GET /videos/{id}/captions`), or any WebVTT file. */
export interface CaptionTrack {
  src: string;
  srclang: string;
  /** Shown in the captions menu. Default: the API's `languageName`, else `srclang`. */
  label?: string;
  languageName?: string;
  default?: boolean;
}

/** A chapter file as the API lists it (`GET /videos/{id}/chapters`), or any WebVTT chapters file. */
export interface ChapterTrack {
  src: string;
  language?: string;
}

/** A Video or LiveStream object as the API returns it (the fields the player reads). */
export interface PlayableObject {
  videoId?: string;
  liveStreamId?: string;
  assets?: { hls?: string } | null;
}

/** What to play: exactly one of `videoId`, `liveStreamId`, `src` or `video`. */
export interface PlayerSource {
  /** A VOD by id; with `token` for a private video. */
  videoId?: string;
  /** A live stream by id; with `token` for a private one. */
  liveStreamId?: string;
  /** Any HLS (`.m3u8`) or progressive (mp4, webm) URL. */
  src?: string;
  /** A Video or LiveStream object from the API; its `assets.hls` URL is played (private tokens included). */
  video?: PlayableObject;
  /** Private video/stream token (the `T` in `/token/{T}/`). One token serves the whole playback via a session. */
  token?: string;
  /**
   * Delivery root. Default api.video's (`https://cdn.api.video`, private `https://vod.api.video`, live
   * `https://live.api.video`); for the emulator pass its URL (VOD under `/vod`, live under `/live`).
   */
  deliveryBaseUrl?: string;
  /** Caption files to show as `captions` text tracks. */
  captions?: readonly CaptionTrack[];
  /** Chapter files to expose as `chapters` text tracks. */
  chapters?: readonly ChapterTrack[];
}

export interface ResolvedSource {
  url: string;
  live: boolean;
  /** For private VOD: the `…/vod/{id}/token/{T}` prefix to open a session on. */
  privatePrefix: string | undefined;
  /** The api.video video or live stream id (what analytics report), from the options; none for a plain `src`. */
  mediaId?: string | undefined;
}

const trim = (url: string) => url.replace(/\/+$/, '');
const PRIVATE_VOD = /^(.*\/vod\/[^/]+\/token\/[^/]+)\//;

/** Turns the player's source options into the URL to load. Pure; exported for tests. */
export function resolveSource(source: PlayerSource): ResolvedSource {
  const { videoId, liveStreamId, src, video, token, deliveryBaseUrl: baseUrl } = source;
  const given = [videoId, liveStreamId, src, video].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new VidkitError('invalid_options', 'createPlayer needs exactly one of videoId, liveStreamId, src or video.');
  }
  let url: string;
  let live = false;
  if (videoId !== undefined) {
    const base = trim(baseUrl ?? (token ? 'https://vod.api.video' : 'https://cdn.api.video'));
    const id = encodeURIComponent(videoId);
    url = token
      ? `${base}/vod/${id}/token/${encodeURIComponent(token)}/hls/manifest.m3u8`
      : `${base}/vod/${id}/hls/manifest.m3u8`;
  } else if (liveStreamId !== undefined) {
    const base = liveBase(baseUrl);
    const id = encodeURIComponent(liveStreamId);
    url = token ? `${base}/private/${encodeURIComponent(token)}/${id}.m3u8` : `${base}/${id}.m3u8`;
    live = true;
  } else if (video !== undefined) {
    const hls = video.assets?.hls;
    if (!hls) throw new VidkitError('invalid_options', 'createPlayer: `video` has no assets.hls URL.');
    url = hls;
    live = video.liveStreamId !== undefined && video.videoId === undefined;
  } else {
    url = src!;
  }
  // Taken from the options, never parsed out of the URL: a private live stream's URL names no id reliably.
  const mediaId = videoId ?? liveStreamId ?? video?.videoId ?? video?.liveStreamId;
  return { url, live, privatePrefix: live ? undefined : PRIVATE_VOD.exec(url)?.[1], mediaId };
}

/** Adds `avh={session}` to a delivery URL, as api.video's private-video sessions require on every request. */
export function withSession(url: string, session: string | undefined): string {
  if (!session || /[?&]avh=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}avh=${encodeURIComponent(session)}`;
}
