import type { FastifyInstance } from 'fastify';
import { METRICS, AGGREGATES, SERIES_METRICS } from '../analytics/metrics.js';
import { DIMENSIONS } from '../analytics/filters.js';
import { contextMetric, invalidQuery, oneOf, readInterval, timeframe } from '../analytics/query.js';
import { breakdownRows } from '../analytics/breakdown.js';
import { readRequest } from '../analytics/read.js';
import { seriesPoints } from '../analytics/series.js';
import { paginate, sortOrderQuery } from '../http/pagination.js';
import type { RouteDeps } from './deps.js';

const BREAKDOWNS = Object.values(DIMENSIONS).map(({ breakdown }) => breakdown);
/** `play-total` has no time series: it ignores the window. */
const SERIES = Object.keys(SERIES_METRICS).filter((name) => name !== 'play-total');

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
    const by = typeof query['sortBy'] === 'string' ? query['sortBy'] : 'metricValue';
    const sort = {
      by: oneOf(by, ['metricValue', 'dimensionValue'], 'sortBy') as 'metricValue' | 'dimensionValue',
      // The spec sets no default order: the largest figures first, as a dashboard shows them.
      order: query['sortOrder'] === undefined && by === 'metricValue' ? ('desc' as const) : sortOrderQuery(query),
    };
    const { playbacks, counting } = readRequest(request, ctx, watch);
    const { of } = Object.values(DIMENSIONS).find((dimension) => dimension.breakdown === breakdown)!;
    const rows = breakdownRows(playbacks, counting, of, METRICS[SERIES_METRICS[metric]!]!, sort);
    const context = {
      metric: contextMetric(metric, counting.unique, counting.viewSeconds),
      breakdown,
      timeframe: timeframe(counting.window),
    };
    return { context, ...paginate(request, ctx.url, rows) };
  });

  app.get<{ Params: { metric: string } }>('/data/timeseries/:metric', async (request) => {
    const metric = oneOf(request.params.metric, SERIES, 'metric');
    const { playbacks, counting } = readRequest(request, ctx, watch);
    const interval = readInterval(request.query as Record<string, unknown>, counting.window);
    const points = seriesPoints(playbacks, counting, interval.ms, METRICS[SERIES_METRICS[metric]!]!);
    const context = {
      metric: contextMetric(metric, counting.unique, counting.viewSeconds),
      interval: interval.name,
      timeframe: timeframe(counting.window),
    };
    return { context, ...paginate(request, ctx.url, points) };
  });
}
