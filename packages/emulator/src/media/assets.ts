import { join } from 'node:path';

/** A deliverable file of a video, found from the path after `/vod/{id}/` (or `/vod/{id}/token/{T}/`). */
export interface Asset {
  kind: 'master' | 'playlist' | 'segment' | 'thumbnail' | 'mp4';
  /** Path relative to the video's media directory. */
  file: string;
}

const QUALITY = '(240p|360p|480p|720p|1080p|2160p)';
const SHAPES: ReadonlyArray<[RegExp, Asset['kind']]> = [
  [/^hls\/manifest\.m3u8$/, 'master'],
  [new RegExp(`^hls/${QUALITY}/manifest\\.m3u8$`), 'playlist'],
  [new RegExp(`^hls/${QUALITY}/segment-\\d{1,6}\\.ts$`), 'segment'],
  [/^thumbnail\.jpg$/, 'thumbnail'],
  [/^mp4\/source\.mp4$/, 'mp4'],
];

/**
 * Maps a delivery path to a file, or undefined. Only these exact shapes match, so no request can name a file
 * outside the video's media directory.
 */
export function resolveAsset(rest: string): Asset | undefined {
  for (const [pattern, kind] of SHAPES) {
    if (pattern.test(rest)) return { kind, file: join(...rest.split('/')) };
  }
  return undefined;
}

/** Appends `?avh={session}` to every URI line of a playlist, so a plain HLS player stays inside the session. */
export function withSession(playlist: string, session: string): string {
  return playlist
    .split('\n')
    .map((line) => (line && !line.startsWith('#') ? `${line.trim()}?avh=${encodeURIComponent(session)}` : line))
    .join('\n');
}

/**
 * Seconds from an api.video timecode (`hh:mm:ss`, `hh:mm:ss.ms`, `hh:mm:ss:ff` at 25 fps, or plain seconds);
 * undefined if unreadable.
 */
export function parseTimecode(timecode: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(timecode.trim())) return Number(timecode);
  const match = /^(\d{1,2}):([0-5]?\d):([0-5]?\d)(?:([.:])(\d{1,3}))?$/.exec(timecode.trim());
  if (!match) return undefined;
  const [, h, m, s, separator, fraction] = match;
  const base = Number(h) * 3600 + Number(m) * 60 + Number(s);
  if (!fraction) return base;
  return separator === ':' ? base + Number(fraction) / 25 : base + Number(`0.${fraction}`);
}
