import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ErrorCode, NetworkError, OptionsError, TimeoutError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { VERSION } from '../version.js';
import { createApiClient } from './api-client.js';
import { createHttpClient } from './http-client.js';
import { createCredentialProvider } from '../auth/credentials.js';
import { reply, startServer } from './test-support/server.js';
import type { TestServer } from './test-support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { baseDelay: 1, maxDelay: 5 };

describe('rate limits (429)', () => {
  it('waits X-RateLimit-Retry-After, retries, and exposes the last X-RateLimit-* values', async () => {
    server = await startServer((req, res) => {
      if (server!.requests.length === 1)
        return reply(res, 429, { title: 'Too many requests.', status: 429 }, { 'X-RateLimit-Retry-After': '1' });
      reply(
        res,
        200,
        { videoId: 'vi1' },
        { 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '99', 'X-RateLimit-Retry-After': '42' },
      );
    });
    const client = createApiClient({ apiBaseUrl: server.url, retry: fast });
    const started = Date.now();
    // A POST too: the API did not process a request it rate-limited, so replaying it is safe.
    await expect(client.videos.create({ title: 't' })).resolves.toEqual({ videoId: 'vi1' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.count('POST /videos')).toBe(2);
    expect(client.rateLimit).toEqual({ limit: 100, remaining: 99, retryAfter: 42 });
  });

  it('throws a rate_limited ApiError at once when the wait is longer than maxRateLimitWait', async () => {
    server = await startServer((req, res) =>
      reply(res, 429, { title: 'Too many requests.', status: 429 }, { 'X-RateLimit-Retry-After': '30' }),
    );
    const client = createApiClient({ apiBaseUrl: server.url, retry: { maxRateLimitWait: 5000 } });
    const error = await client.videos.get('vi1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: ErrorCode.RateLimited, status: 429, retryAfter: 30 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('backoff on 5xx and network errors', () => {
  it('retries an idempotent call on 5xx until it succeeds', async () => {
    server = await startServer((req, res) =>
      server!.requests.length < 3 ? reply(res, 503, { title: 'Unavailable' }) : reply(res, 200, { videoId: 'vi1' }),
    );
    const client = createApiClient({ apiBaseUrl: server.url, retry: fast });
    await expect(client.videos.get('vi1')).resolves.toEqual({ videoId: 'vi1' });
    expect(server.count('GET /videos/vi1')).toBe(3);
  });

  it('does not retry a non-idempotent call on 5xx', async () => {
    server = await startServer((req, res) => reply(res, 500, { title: 'Boom', status: 500 }));
    const client = createApiClient({ apiBaseUrl: server.url, retry: fast });
    await expect(client.videos.create({ title: 't' })).rejects.toMatchObject({ status: 500, code: ErrorCode.Api });
    expect(server.requests).toHaveLength(1);
  });

  it('stops after `retries` retries and throws the last error', async () => {
    server = await startServer((req, res) => reply(res, 502, { title: 'Bad gateway' }));
    const client = createApiClient({ apiBaseUrl: server.url, retry: { ...fast, retries: 2 } });
    await expect(client.videos.delete('vi1')).rejects.toMatchObject({ status: 502 });
    expect(server.requests).toHaveLength(3);
  });

  it('retries a GET after a dropped connection but never a POST', async () => {
    server = await startServer((req, res) => {
      if (server!.requests.length === 1 || req.method === 'POST') res.socket?.destroy();
      else reply(res, 200, { ok: true });
    });
    const client = createApiClient({ apiBaseUrl: server.url, retry: fast });
    await expect(client.videos.get('vi1')).resolves.toEqual({ ok: true });
    expect(server.count('GET /videos/vi1')).toBe(2);
    const error = await client.videos.create({ title: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.count('POST /videos')).toBe(1);
  });

  it('treats a 2xx body that is not JSON, or cut short, as a network failure (retried for GET)', async () => {
    server = await startServer((req, res) => {
      const n = server!.requests.length;
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html>captive portal</html>');
      }
      if (n === 2) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"videoId":');
        return setTimeout(() => res.socket?.destroy(), 20);
      }
      reply(res, 200, { videoId: 'vi1' });
    });
    const client = createApiClient({ apiBaseUrl: server.url, retry: fast });
    await expect(client.videos.get('vi1')).resolves.toEqual({ videoId: 'vi1' });
    expect(server.requests).toHaveLength(3);
    const once = createApiClient({ apiBaseUrl: server.url, retry: false });
    server.requests.length = 0;
    await expect(once.videos.get('vi1')).rejects.toBeInstanceOf(NetworkError);
  });

  it('makes one attempt with retry: false', async () => {
    server = await startServer((req, res) => reply(res, 503, {}));
    const client = createApiClient({ apiBaseUrl: server.url, retry: false });
    await expect(client.videos.get('vi1')).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('throws TimeoutError when no answer comes within `timeout`', async () => {
    server = await startServer(() => new Promise(() => {}));
    const client = createApiClient({ apiBaseUrl: server.url, timeout: 100, retry: false });
    const error = await client.videos.get('vi1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).code).toBe(ErrorCode.Timeout);
  });

  it('throws AbortError when the signal aborts, and stops retrying', async () => {
    server = await startServer(() => new Promise(() => {}));
    const client = createApiClient({ apiBaseUrl: server.url, retry: fast });
    const controller = new AbortController();
    const pending = client.videos.get('vi1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.requests).toHaveLength(1);
  });

  it('rejects at once with an already aborted signal', async () => {
    server = await startServer((req, res) => reply(res, 200, {}));
    const client = createApiClient({ apiBaseUrl: server.url });
    await expect(client.videos.get('vi1', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('errors', () => {
  it('maps an api.video error body to ApiError with the operation, method and path', async () => {
    const body = {
      type: 'https://docs.api.video/reference/invalid-attribute',
      title: 'An attribute is invalid.',
      status: 400,
      name: 'title',
      problems: [
        { type: 'https://docs.api.video/reference/invalid-attribute', title: 'This field is required.', name: 'title' },
      ],
    };
    server = await startServer((req, res) => reply(res, 400, body));
    const client = createApiClient({ apiBaseUrl: server.url });
    const error = await client.videos.create({ title: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: ErrorCode.Api,
      status: 400,
      type: body.type,
      title: body.title,
      field: 'title',
      problems: body.problems,
      operation: 'POST-video',
      method: 'POST',
      path: '/videos',
    });
    expect((error as ApiError).message).toContain('title: This field is required.');
  });

  it('maps a 404 and a body that is not JSON', async () => {
    server = await startServer((req, res) => {
      if (req.path === '/videos/missing')
        return reply(res, 404, {
          type: 'https://docs.api.video/reference/resource-not-found',
          title: 'The requested resource was not found.',
          name: 'videoId',
          status: 404,
        });
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const client = createApiClient({ apiBaseUrl: server.url, retry: false });
    await expect(client.videos.get('missing')).rejects.toMatchObject({
      status: 404,
      field: 'videoId',
      operation: 'GET-video',
    });
    const error = await client.videos.create({ title: 't' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, title: undefined, method: 'POST', path: '/videos' });
  });

  it('keeps the upload token out of the error path', async () => {
    server = await startServer((req, res) => reply(res, 400, { title: 'Bad', status: 400 }));
    const client = createApiClient({ apiBaseUrl: server.url });
    const error = await client.uploads.withToken('to-secret', new Blob(['x'])).catch((e: unknown) => e);
    expect(error).toMatchObject({ path: '/upload' });
    expect((error as Error).message).not.toContain('to-secret');
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('throws NetworkError when nothing listens', async () => {
    server = await startServer(() => {});
    const url = server.url;
    await server.close();
    server = undefined;
    const client = createApiClient({ apiBaseUrl: url, retry: false });
    await expect(client.videos.get('vi1')).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('origin headers', () => {
  it('sends AV-Origin-Client always and AV-Origin-App/Sdk when given, to the API and the auth endpoint', async () => {
    server = await startServer((req, res) =>
      reply(res, 200, req.path === '/auth/api-key' ? { access_token: 'a', expires_in: 3600 } : {}),
    );
    const client = createApiClient({
      apiBaseUrl: server.url,
      apiKey: 'key',
      origin: { app: { name: 'my-app', version: '1.2.3' }, sdk: { name: 'my_sdk', version: '7' } },
    });
    await client.request({ operation: 'x', method: 'GET', path: '/tags' });
    for (const request of server.requests) {
      expect(request.headers['av-origin-client']).toBe(`vidkit-core:${VERSION}`);
      expect(request.headers['av-origin-app']).toBe('my-app:1.2.3');
      expect(request.headers['av-origin-sdk']).toBe('my_sdk:7');
    }
    expect(server.requests).toHaveLength(2);
  });

  it('rejects names and versions api.video would refuse, when the client is created', () => {
    const bad = [
      { app: { name: 'my app', version: '1.0.0' } },
      { app: { name: 'x'.repeat(51), version: '1.0.0' } },
      { sdk: { name: 'sdk', version: '1.2.3.4' } },
      { sdk: { name: 'sdk', version: '1000' } },
      { app: { name: 'app', version: 'v1' } },
    ];
    for (const origin of bad) expect(() => createApiClient({ origin })).toThrow(OptionsError);
    expect(() => createApiClient({ origin: { app: { name: 'a'.repeat(50), version: '123.45.6' } } })).not.toThrow();
  });
});

describe('createHttpClient', () => {
  it('works with only the resources given to it, with an access token or a credential provider', async () => {
    server = await startServer((req, res) =>
      reply(res, 200, req.path === '/auth/api-key' ? { access_token: 'from-key', expires_in: 3600 } : { ok: true }),
    );
    const viaToken = createHttpClient({ apiBaseUrl: server.url, accessToken: 'tok' });
    await viaToken.request({ operation: 'LIST-tags', method: 'GET', path: '/tags', query: { value: 'a' } });
    const viaKey = createHttpClient({
      apiBaseUrl: server.url,
      credentials: createCredentialProvider({ apiBaseUrl: server.url, apiKey: 'key' }),
    });
    await viaKey.request({ operation: 'LIST-tags', method: 'GET', path: '/tags' });
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? '-'}`)).toEqual([
      'GET /tags?value=a Bearer tok',
      'POST /auth/api-key -',
      'GET /tags Bearer from-key',
    ]);
  });
});
