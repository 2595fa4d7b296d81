import type { ResolvedSource } from './source.js';
import type { PlayerOptions } from './types.js';

const SOURCE_KEYS = ['videoId', 'liveStreamId', 'src', 'video'] as const;
/** Fields that belong to one source: naming a new source drops the old one's. */
const SOURCE_FIELDS = [...SOURCE_KEYS, 'token', 'captions', 'chapters'] as const;

/**
 * `partial` over `current`: a partial that names a source (`videoId`, `liveStreamId`, `src` or `video`) replaces
 * the whole source, so switching from `videoId` to `liveStreamId` needs no `videoId: undefined`. Pure.
 */
export function mergePlayerOptions(current: PlayerOptions, partial: Partial<PlayerOptions>): PlayerOptions {
  const next = { ...current };
  if (SOURCE_KEYS.some((key) => partial[key] !== undefined)) for (const key of SOURCE_FIELDS) delete next[key];
  return Object.assign(next, partial);
}

/** What makes two sources the same: the URL played and the text tracks (by content, not identity). Pure. */
export const sourceKey = ({ captions, chapters }: PlayerOptions, { url, live }: ResolvedSource): string =>
  JSON.stringify([url, live, captions ?? [], chapters ?? []]);
