import type { Counting } from './metrics.js';
import type { Playback } from './playbacks.js';

/** One row of `/data/buckets`. */
export interface BreakdownRow {
  dimensionValue: string;
  metricValue: number;
}

/**
 * The metric for each value of a dimension (playbacks without a value are left out), rows with a zero figure
 * dropped, sorted by `sortBy` (ties by value, so the order is stable).
 */
export function breakdownRows(
  playbacks: Playback[],
  counting: Counting,
  valueOf: (playback: Playback) => string | undefined,
  compute: (playbacks: Playback[], counting: Counting) => number,
  sort: { by: 'metricValue' | 'dimensionValue'; order: 'asc' | 'desc' },
): BreakdownRow[] {
  const groups = new Map<string, Playback[]>();
  for (const playback of playbacks) {
    const value = valueOf(playback);
    if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), playback]);
  }
  const sign = sort.order === 'asc' ? 1 : -1;
  return [...groups]
    .map(([dimensionValue, group]) => ({ dimensionValue, metricValue: compute(group, counting) }))
    .filter((row) => row.metricValue > 0)
    .sort((a, b) =>
      sort.by === 'metricValue'
        ? sign * (a.metricValue - b.metricValue) || a.dimensionValue.localeCompare(b.dimensionValue)
        : sign * a.dimensionValue.localeCompare(b.dimensionValue),
    );
}
