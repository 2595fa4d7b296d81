// The error paths of @api.video/nodejs-client against the emulator: each failure surfaces as the client's own
// ApiVideoError, carrying the status and api.video's problem body.
import { describe, expect, it } from 'vitest';
import { ApiVideoClient, errorFields, rejection, useConformance } from './support/conformance.js';

const api = useConformance();

describe('errors', () => {
  it('404: a video that does not exist', async () => {
    const error = await rejection(api.client.videos.get('vi0000000000000000000000'));
    expect((error as Error).message).toBe('The requested resource was not found.');
    expect(errorFields(error)).toEqual({
      code: 404,
      problemDetails: {
        type: 'https://docs.api.video/reference/resource-not-found',
        title: 'The requested resource was not found.',
        name: 'videoId',
        status: 404,
      },
    });
  });

  it('400: every problem with its type, title, name and status', async () => {
    const error = errorFields(
      await rejection(api.client.videos.create({ title: '', _public: 'yes' as unknown as boolean })),
    );
    expect(error.code).toBe(400);
    expect(error.problemDetails).toMatchObject({ status: 400, name: expect.any(String), title: expect.any(String) });
    const problems = error.problemDetails['problems'] as Record<string, unknown>[];
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toEqual({
        type: expect.stringMatching(/^https:\/\/docs\.api\.video\/reference\//),
        title: expect.any(String),
        name: expect.any(String),
        status: 400,
      });
    }
    expect(problems.map((p) => p['name'])).toContain('public');
  });

  it('400: a page size out of range', async () => {
    const error = errorFields(await rejection(api.client.videos.list({ pageSize: 1000 })));
    expect(error.problemDetails).toMatchObject({
      type: 'https://docs.api.video/reference/request-invalid-query-parameter',
      name: 'pageSize',
      status: 400,
    });
  });

  it('401: a wrong API key', async () => {
    const stranger = new ApiVideoClient({ apiKey: 'not-the-key', baseUri: api.baseUri });
    const error = errorFields(await rejection(stranger.videos.list()));
    expect(error.code).toBe(401);
    expect(error.problemDetails).toMatchObject({
      status: 401,
      type: expect.stringMatching(/^https:\/\/docs\.api\.video\//),
    });
    // getAccessToken() is the one call the client does not wrap: it rejects with axios's error.
    const exchange = (await rejection(stranger.getAccessToken())) as { response?: { status?: number; data?: unknown } };
    expect(exchange.response?.status).toBe(400);
    expect(exchange.response?.data).toMatchObject({ status: 400 });
  });

  it('the access token of the right key', async () => {
    const token = await api.client.getAccessToken();
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(token.accessToken).toBeTruthy();
  });
});
