import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { QueryOf, ResultOf, Schemas } from '../client/types.js';
import type { operations } from '../generated/api.generated.js';

type Path<Op extends 'GET_aggregated-metrics' | 'GET_metrics-breakdown' | 'GET_metrics-over-time'> =
  operations[Op]['parameters']['path'];

/** Analytics data (`/data/…`): aggregated metrics, breakdowns by dimension, and time series. */
export function analyticsResource(http: HttpClient) {
  const e = encodeURIComponent;
  return {
    /** One aggregated number, e.g. the play count (`GET /data/metrics/{metric}/{aggregation}`). */
    getAggregatedMetrics: (
      params: Path<'GET_aggregated-metrics'>,
      query?: QueryOf<'GET_aggregated-metrics'>,
      options?: RequestOptions,
    ) =>
      http.request<ResultOf<'GET_aggregated-metrics'>>(
        {
          operation: 'GET_aggregated-metrics',
          method: 'GET',
          path: `/data/metrics/${e(params.metric)}/${e(params.aggregation)}`,
          query,
        },
        options,
      ),
    /** A metric broken down by a dimension, paginated (`GET /data/buckets/{metric}/{breakdown}`). */
    getMetricsBreakdown: (
      params: Path<'GET_metrics-breakdown'>,
      query?: QueryOf<'GET_metrics-breakdown'>,
      options?: RequestOptions,
    ) =>
      paginate<Schemas['analytics-metrics-breakdown-response']['data'][number]>(
        http,
        {
          operation: 'GET_metrics-breakdown',
          method: 'GET',
          path: `/data/buckets/${e(params.metric)}/${e(params.breakdown)}`,
          query,
        },
        options,
      ),
    /** A metric over time, paginated (`GET /data/timeseries/{metric}`). */
    getMetricsOverTime: (
      params: Path<'GET_metrics-over-time'>,
      query?: QueryOf<'GET_metrics-over-time'>,
      options?: RequestOptions,
    ) =>
      paginate<Schemas['analytics-metrics-over-time-response']['data'][number]>(
        http,
        { operation: 'GET_metrics-over-time', method: 'GET', path: `/data/timeseries/${e(params.metric)}`, query },
        options,
      ),
  };
}

/** The analytics resource's methods. */
export type AnalyticsResource = ReturnType<typeof analyticsResource>;
