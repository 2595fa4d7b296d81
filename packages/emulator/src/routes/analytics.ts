import type { FastifyInstance } from 'fastify';
import { paginate } from '../http/pagination.js';
import { badRequest } from '../problems.js';
import type { ApiProblem } from '../problems.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps } from './deps.js';

const AGGREGATED_METRICS = ['play', 'start', 'end', 'impression', 'impression-time', 'watch-time', 'ccv', 'view'];
const AGGREGATIONS = ['count', 'rate', 'total', 'average', 'sum', 'peak', 'live'];
const BREAKDOWN_METRICS = [
  'play',
  'play-rate',
  'play-total',
  'start',
  'end',
  'impression',
  'ccv-peak',
  'ccv-average',
  'view',
];
const BREAKDOWNS = [
  'media-id',
  'media-type',
  'continent',
  'country',
  'device-type',
  'operating-system',
  'browser',
  'referrer',
];
const TIMESERIES_METRICS = ['play', 'play-rate', 'start', 'end', 'impression', 'ccv-peak', 'ccv-average', 'view'];
const INTERVALS = ['minute', 'hour', 'day'];
const VIEW_DURATIONS = ['3s', '5s', '10s', '30s'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function invalid(name: string, title: string): ApiProblem {
  return badRequest('request-invalid-query-parameter', title, name);
}

function oneOf(value: string, allowed: readonly string[], name: string): string {
  if (!allowed.includes(value)) throw invalid(name, `This parameter must be one of: ${allowed.join(', ')}.`);
  return value;
}

/** The timeframe of a request: `from`/`to` (default: the last 7 days). */
function timeframe(query: Record<string, unknown>): { from: string; to: string } {
  const read = (name: string, fallback: number): string => {
    const raw = query[name];
    if (raw === undefined || raw === '') return timestamp(fallback);
    if (typeof raw !== 'string' || !DATE_TIME.test(raw) || Number.isNaN(Date.parse(raw))) {
      throw invalid(name, 'This parameter must be an ISO-8601 date-time.');
    }
    return timestamp(Date.parse(raw));
  };
  const now = Date.now();
  const frame = { from: read('from', now - 7 * 24 * 3600 * 1000), to: read('to', now) };
  if (Date.parse(frame.from) > Date.parse(frame.to)) throw invalid('from', 'The timeframe starts after it ends.');
  return frame;
}

/** The metric as the response's `context` names it (`view` with `unique`/`viewDuration` → `unique-view-10`). */
function contextMetric(metric: string, query: Record<string, unknown>): string {
  const unique = query['unique'] === 'true';
  const duration =
    typeof query['viewDuration'] === 'string'
      ? oneOf(query['viewDuration'], VIEW_DURATIONS, 'viewDuration')
      : undefined;
  if (metric === 'view') {
    const suffix = duration ? `-${duration.replace('s', '')}` : unique ? '' : '-3';
    return `${unique ? 'unique-' : ''}view${suffix}`;
  }
  if (metric === 'ccv' && unique) return 'unique-ccv';
  return metric;
}

/**
 * Analytics. The emulator records no playback sessions, so every figure is the honest one: zero plays,
 * no breakdown rows, no time points.
 */
export function registerAnalyticsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get<{ Params: { metric: string; aggregation: string } }>(
    '/data/metrics/:metric/:aggregation',
    async (request) => {
      const query = request.query as Record<string, unknown>;
      const metric = oneOf(request.params.metric, AGGREGATED_METRICS, 'metric');
      const aggregation = oneOf(request.params.aggregation, AGGREGATIONS, 'aggregation');
      return { context: { metric: contextMetric(metric, query), aggregation, timeframe: timeframe(query) }, data: 0 };
    },
  );

  app.get<{ Params: { metric: string; breakdown: string } }>('/data/buckets/:metric/:breakdown', async (request) => {
    const query = request.query as Record<string, unknown>;
    const metric = oneOf(request.params.metric, BREAKDOWN_METRICS, 'metric');
    const breakdown = oneOf(request.params.breakdown, BREAKDOWNS, 'breakdown');
    const context = { metric: contextMetric(metric, query), breakdown, timeframe: timeframe(query) };
    return { context, ...paginate(request, deps.ctx.url, []) };
  });

  app.get<{ Params: { metric: string } }>('/data/timeseries/:metric', async (request) => {
    const query = request.query as Record<string, unknown>;
    const metric = oneOf(request.params.metric, TIMESERIES_METRICS, 'metric');
    const interval = typeof query['interval'] === 'string' ? oneOf(query['interval'], INTERVALS, 'interval') : 'hour';
    const context = { metric: contextMetric(metric, query), interval, timeframe: timeframe(query) };
    return { context, ...paginate(request, deps.ctx.url, []) };
  });
}
