import { timestamp } from '../util/time.js';
import type { Counting } from './metrics.js';
import type { Playback } from './playbacks.js';

/** One point of `/data/timeseries`. */
export interface SeriesPoint {
  emittedAt: string;
  metricValue: number;
}

/**
 * The metric per interval of the window: intervals start on UTC boundaries (the first at or before `from`), each
 * counted over its part of the window; like breakdown rows, only intervals with a non-zero figure are listed.
 */
export function seriesPoints(
  playbacks: Playback[],
  counting: Counting,
  intervalMs: number,
  compute: (playbacks: Playback[], counting: Counting) => number,
): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  const { from, to } = counting.window;
  for (let start = Math.floor(from / intervalMs) * intervalMs; start < to; start += intervalMs) {
    const window = { from: Math.max(start, from), to: Math.min(start + intervalMs, to) };
    const metricValue = compute(playbacks, { ...counting, window });
    if (metricValue > 0) points.push({ emittedAt: timestamp(start), metricValue });
  }
  return points;
}
