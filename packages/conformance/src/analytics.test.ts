// AnalyticsApi of @api.video/nodejs-client against the emulator (valid and empty: the emulator records no plays).
import { describe, expect, it } from 'vitest';
import { errorFields, rejection, useConformance } from './support/conformance.js';

const api = useConformance();
const from = new Date(Date.now() - 24 * 3600_000);

describe('analytics', () => {
  it('aggregated metrics', async () => {
    const plays = await api.client.analytics.getAggregatedMetrics({ metric: 'play', aggregation: 'count', from });
    expect(plays.data).toBe(0);
    expect(plays.context).toMatchObject({ metric: 'play', aggregation: 'count' });
    const views = await api.client.analytics.getAggregatedMetrics({
      metric: 'view',
      aggregation: 'count',
      unique: true,
      viewDuration: '10s',
      filterBy: { mediaType: 'video', country: ['FR'] },
    });
    expect(views.data).toBe(0);
  });

  it('breakdowns and time series', async () => {
    const byCountry = await api.client.analytics.getMetricsBreakdown({
      metric: 'play',
      breakdown: 'country',
      sortBy: 'metricValue',
      sortOrder: 'desc',
      pageSize: 10,
    });
    expect(byCountry.data).toEqual([]);
    expect(byCountry.context).toMatchObject({ metric: 'play', breakdown: 'country' });
    const series = await api.client.analytics.getMetricsOverTime({ metric: 'play', interval: 'hour', from });
    expect(series.data).toEqual([]);
    expect(series.context).toMatchObject({ metric: 'play', interval: 'hour' });
  });

  it('a bad parameter is the client’s error with api.video’s fields', async () => {
    const error = errorFields(
      await rejection(
        api.client.analytics.getMetricsOverTime({ metric: 'play', from: new Date(Date.now() + 3600_000) }),
      ),
    );
    expect(error.code).toBe(400);
    expect(error.problemDetails).toMatchObject({
      status: 400,
      type: expect.stringMatching(/^https:\/\/docs\.api\.video\//),
    });
  });
});
