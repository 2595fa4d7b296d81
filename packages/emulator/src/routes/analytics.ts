import type { FastifyInstance } from 'fastify';
import { METRICS, AGGREGATES, SERIES_METRICS } from '../analytics/metrics.js';
import { contextMetric, DIMENSIONS, invalidQuery, oneOf, readInterval, timeframe } from '../analytics/query.js';
import type { Playback } from '../analytics/playbacks.js';
import { readRequest } from '../analytics/read.js';
import { paginate, sortOrderQuery } from '../http/pagination.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps } from './deps.js';

const BREAKDOWNS = Object.values(DIMENSIONS).map(({ breakdown }) => breakdown);

/**
 * Analytics, counted from the playback sessions players reported to `POST /watch` (see the README's counting
 * rules): aggregates, breakdowns by a dimension, and time series.
 */
export function registerAnalyticsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx, watch } = deps;

  app.get<{ Params: { metric: string; aggregation: string } }>(
    '/data/metrics/:metric/:aggregation',
    async (request) => {
      const metric = oneOf(request.params.metric, Object.keys(AGGREGATES), 'metric');
      const aggregation = request.params.aggregation;
      if (!AGGREGATES[metric]!.includes(aggregation)) {
        throw invalidQuery('aggregation', `The ${metric} metric takes one of: ${AGGREGATES[metric]!.join(', ')}.`);
      }
      const { playbacks, counting } = readRequest(request, ctx, watch);
      return {
        context: {
          metric: contextMetric(metric, counting.unique, counting.viewSeconds),
          aggregation,
          timeframe: timeframe(counting.window),
        },
        data: METRICS[`${metric}-${aggregation}`]!(playbacks, counting),
      };
    },
  );

  app.get<{ Params: { metric: string; breakdown: string } }>('/data/buckets/:metric/:breakdown', async (request) => {
    const metric = oneOf(request.params.metric, Object.keys(SERIES_METRICS), 'metric');
    const breakdown = oneOf(request.params.breakdown, BREAKDOWNS, 'breakdown');
    const query = request.query as Record<string, unknown>;
    const sortBy =
      typeof query['sortBy'] === 'string'
        ? oneOf(query['sortBy'], ['dimensionValue', 'metricValue'], 'sortBy')
        : 'metricValue';
    // The spec sets no default order: the largest values first by default, as a dashboard shows them.
    const sign =
      query['sortOrder'] === undefined && sortBy === 'metricValue' ? -1 : sortOrderQuery(query) === 'asc' ? 1 : -1;
    const { playbacks, counting } = readRequest(request, ctx, watch);
    const { of } = Object.values(DIMENSIONS).find((dimension) => dimension.breakdown === breakdown)!;
    const groups = new Map<string, Playback[]>();
    for (const playback of playbacks) {
      const value = of(playback);
      if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), playback]);
    }
    const compute = METRICS[SERIES_METRICS[metric]!]!;
    const rows = [...groups]
      .map(([dimensionValue, group]) => ({ dimensionValue, metricValue: compute(group, counting) }))
      .filter((row) => row.metricValue > 0)
      .sort((a, b) =>
        sortBy === 'metricValue'
          ? sign * (a.metricValue - b.metricValue) || a.dimensionValue.localeCompare(b.dimensionValue)
          : sign * a.dimensionValue.localeCompare(b.dimensionValue),
      );
    const context = {
      metric: contextMetric(metric, counting.unique, counting.viewSeconds),
      breakdown,
      timeframe: timeframe(counting.window),
    };
    return { context, ...paginate(request, ctx.url, rows) };
  });

  app.get<{ Params: { metric: string } }>('/data/timeseries/:metric', async (request) => {
    const metric = oneOf(
      request.params.metric,
      Object.keys(SERIES_METRICS).filter((name) => name !== 'play-total'),
      'metric',
    );
    const { playbacks, counting } = readRequest(request, ctx, watch);
    const interval = readInterval(request.query as Record<string, unknown>, counting.window);
    const compute = METRICS[SERIES_METRICS[metric]!]!;
    const points = [];
    // Buckets start on interval boundaries (UTC), the first one at or before `from`.
    const { from, to } = counting.window;
    for (let start = Math.floor(from / interval.ms) * interval.ms; start < to; start += interval.ms) {
      const window = { from: Math.max(start, from), to: Math.min(start + interval.ms, to) };
      const metricValue = compute(playbacks, { ...counting, window });
      // Like breakdown rows, only intervals with something to show.
      if (metricValue > 0) points.push({ emittedAt: timestamp(start), metricValue });
    }
    const context = {
      metric: contextMetric(metric, counting.unique, counting.viewSeconds),
      interval: interval.name,
      timeframe: timeframe(counting.window),
    };
    return { context, ...paginate(request, ctx.url, points) };
  });
}
