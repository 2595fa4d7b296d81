import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.js';
import type { WatchStore } from '../store/watch.js';
import type { Counting } from './metrics.js';
import { toPlayback, type Playback } from './playbacks.js';
import { applyFilters, readFilters } from './filters.js';
import { readUnique, readViewDuration, readWindow } from './query.js';

/** What a `/data/*` request counts: the filtered playbacks and how to count them. */
export interface Reading {
  playbacks: Playback[];
  counting: Counting;
}

/** Reads a `/data/*` request's window, options and filters, and loads the playbacks that may count. */
export function readRequest(request: FastifyRequest, ctx: EmulatorContext, watch: WatchStore): Reading {
  const query = request.query as Record<string, unknown>;
  const now = Date.now();
  const window = readWindow(query, now);
  const counting: Counting = { window, unique: readUnique(query), viewSeconds: readViewDuration(query), now };
  const filters = readFilters(request.url);
  const tagged = (tag: string) =>
    new Set(
      ctx.videos
        .list()
        .filter((video) => video.tags.includes(tag))
        .map((video) => video.videoId),
    );
  // Every kept playback: `play/total` ignores the window, and a view can be reached long after its play.
  const playbacks = applyFilters(watch.playbacks(0).map(toPlayback), filters, tagged);
  return { playbacks, counting };
}
