import type { Playback } from './playbacks.js';
import { invalidQuery } from './query.js';

/** The dimensions of `filterBy` and of `/data/buckets` breakdowns, read from a playback. */
export const DIMENSIONS: Record<string, { breakdown: string; of: (playback: Playback) => string | undefined }> = {
  mediaId: { breakdown: 'media-id', of: (p) => p.mediaId },
  mediaType: { breakdown: 'media-type', of: (p) => p.mediaType },
  // No geolocation here: a playback has no continent or country, so those filters match nothing.
  continent: { breakdown: 'continent', of: () => undefined },
  country: { breakdown: 'country', of: () => undefined },
  deviceType: { breakdown: 'device-type', of: (p) => p.deviceType },
  operatingSystem: { breakdown: 'operating-system', of: (p) => p.operatingSystem },
  browser: { breakdown: 'browser', of: (p) => p.browser },
  referrer: { breakdown: 'referrer', of: (p) => p.referrer },
};

/** `filterBy` values by dimension (`tag` included), as read from the query string. */
export type Filters = Map<string, string[]>;

const FILTER_KEY = /^filterBy\[([A-Za-z]+)\](?:\[(\d*)\])?$/;

/**
 * Reads `filterBy` in every form clients send it: `filterBy[browser]=chrome`, `filterBy[browser][]=chrome`
 * (the spec's example) and `filterBy[mediaId][0]=vi…` (the official Node client). Parsed from the raw query
 * string, which Fastify's parser leaves flat.
 */
export function readFilters(url: string): Filters {
  const filters: Filters = new Map();
  const search = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  for (const [key, value] of search) {
    if (!key.startsWith('filterBy')) continue;
    const name = FILTER_KEY.exec(key)?.[1];
    if (!name || (name !== 'tag' && !(name in DIMENSIONS))) {
      throw invalidQuery(key, 'This filter does not exist.');
    }
    if (name === 'mediaType' && value !== 'video' && value !== 'live-stream') {
      throw invalidQuery(key, 'This parameter must be one of: video, live-stream.');
    }
    if (value.length > 2048) throw invalidQuery(key, 'This value should not contain more than 2048 characters.');
    filters.set(name, [...(filters.get(name) ?? []), value]);
  }
  return filters;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The playbacks every filter accepts; `tagged` gives the media ids carrying a tag. */
export function applyFilters(
  playbacks: Playback[],
  filters: Filters,
  tagged: (tag: string) => Set<string>,
): Playback[] {
  let result = playbacks;
  for (const [name, values] of filters) {
    if (name === 'tag') {
      const ids = tagged(values.at(-1)!);
      result = result.filter((playback) => ids.has(playback.mediaId));
      continue;
    }
    const { of } = DIMENSIONS[name]!;
    // Referrers come URL-encoded (the spec asks for it), or not: both match.
    const accepted = new Set(name === 'referrer' ? values.flatMap((value) => [value, safeDecode(value)]) : values);
    result = result.filter((playback) => {
      const value = of(playback);
      return value !== undefined && accepted.has(value);
    });
  }
  return result;
}
