import { join } from 'node:path';
import { ApiProblem } from '../problems.js';
import { ID_PATTERN } from '../util/ids.js';

const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function safe(value: string, pattern: RegExp, field: string): string {
  // Every path under the data directory is built from values that passed this check, so none can escape it.
  if (!pattern.test(value) || value.includes('..')) {
    throw new ApiProblem(400, 'invalid-attribute', 'This attribute contains characters that are not allowed.', field);
  }
  return value;
}

/** Where each kind of file lives under the data directory. */
export interface DataPaths {
  readonly root: string;
  readonly database: string;
  /** Scratch files; a request's upload is written here first, then moved. */
  readonly tmp: string;
  videoDir(videoId: string): string;
  /** The assembled source of a video. */
  source(videoId: string): string;
  /** Where the media module writes renditions, thumbnails it generates, etc. */
  media(videoId: string): string;
  /** Parts of an upload in progress. */
  uploadDir(videoId: string): string;
  thumbnail(videoId: string): string;
  caption(videoId: string, language: string): string;
  chapter(videoId: string, language: string): string;
  liveStreamDir(liveStreamId: string): string;
  liveThumbnail(liveStreamId: string): string;
  playerLogo(playerId: string): string;
  watermark(watermarkId: string): string;
}

export function dataPaths(root: string): DataPaths {
  const id = (value: string, field = 'id') => safe(value, ID_PATTERN, field);
  const videoDir = (videoId: string) => join(root, 'videos', id(videoId, 'videoId'));
  return {
    root,
    database: join(root, 'emulator.sqlite'),
    tmp: join(root, 'tmp'),
    videoDir,
    source: (videoId) => join(videoDir(videoId), 'source'),
    media: (videoId) => join(videoDir(videoId), 'media'),
    uploadDir: (videoId) => join(root, 'uploads', id(videoId, 'videoId')),
    thumbnail: (videoId) => join(videoDir(videoId), 'thumbnail.jpg'),
    caption: (videoId, language) =>
      join(videoDir(videoId), 'captions', `${safe(language, LANGUAGE_PATTERN, 'language')}.vtt`),
    chapter: (videoId, language) =>
      join(videoDir(videoId), 'chapters', `${safe(language, LANGUAGE_PATTERN, 'language')}.vtt`),
    liveStreamDir: (liveStreamId) => join(root, 'live', id(liveStreamId, 'liveStreamId')),
    liveThumbnail: (liveStreamId) => join(root, 'live', id(liveStreamId, 'liveStreamId'), 'thumbnail.jpg'),
    playerLogo: (playerId) => join(root, 'players', id(playerId, 'playerId'), 'logo'),
    watermark: (watermarkId) => join(root, 'watermarks', id(watermarkId, 'watermarkId')),
  };
}

export { LANGUAGE_PATTERN };
