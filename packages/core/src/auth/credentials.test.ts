import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, NetworkError } from '../errors.js';
import { ApiError } from '../api-error.js';
import { createApiClient } from '../client/api-client.js';
import { createCredentialProvider } from './credentials.js';
import { reply, startServer, tokenBody } from '../client/test-support/server.js';
import type { TestServer } from '../client/test-support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('API key auth', () => {
  it('exchanges the key once for 100 concurrent calls (single flight)', async () => {
    let issued = 0;
    server = await startServer(async (req, res) => {
      if (req.path === '/auth/api-key') {
        await new Promise((r) => setTimeout(r, 50)); // keep the exchange in flight while the calls pile up
        return reply(res, 200, tokenBody(`token-${++issued}`));
      }
      reply(res, 200, { auth: req.headers.authorization });
    });
    const client = createApiClient({ apiBaseUrl: server.url, apiKey: 'key-1' });
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => client.videos.get('vi1') as Promise<unknown> as Promise<{ auth: string }>),
    );
    expect(server.count('POST /auth/api-key')).toBe(1);
    expect(server.count('GET /videos/vi1')).toBe(100);
    expect(new Set(answers.map((a) => a.auth))).toEqual(new Set(['Bearer token-1']));
    expect(server.requests[0]!.json).toEqual({ apiKey: 'key-1' });
  });

  it('refreshes with the refresh token before expiry, and falls back to the key when the refresh is refused', async () => {
    let refreshes = 0;
    server = await startServer((req, res) => {
      if (req.path === '/auth/api-key') return reply(res, 200, tokenBody('first', 30));
      if (req.path === '/auth/refresh') {
        refreshes++;
        if (refreshes === 2) return reply(res, 400, { title: 'The refresh token is invalid.', status: 400 });
        return reply(res, 200, tokenBody(`refreshed-${refreshes}`, 30));
      }
      reply(res, 200, {});
    });
    // A 30 s token is inside the 60 s refresh margin, so every call renews.
    const provider = createCredentialProvider({ apiBaseUrl: server.url, apiKey: 'key' });
    expect(await provider.authorization()).toBe('Bearer first');
    expect(await provider.authorization()).toBe('Bearer refreshed-1');
    expect(server.requests.at(-1)!.json).toEqual({ refreshToken: 'refresh-first' });
    expect(await provider.authorization()).toBe('Bearer first');
    expect(server.requests.map((r) => r.path)).toEqual([
      '/auth/api-key',
      '/auth/refresh',
      '/auth/refresh',
      '/auth/api-key',
    ]);
  });

  it('turns an auth answer that is not api.video JSON (a proxy page) into a NetworkError', async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>captive portal</html>');
    });
    const provider = createCredentialProvider({ apiBaseUrl: server.url, apiKey: 'key' });
    await expect(provider.authorization()).rejects.toBeInstanceOf(NetworkError);
    await server.close();
    server = await startServer((req, res) => reply(res, 200, { hello: 'world' }));
    const other = createCredentialProvider({ apiBaseUrl: server.url, apiKey: 'key' });
    await expect(other.authorization()).rejects.toThrow(/no access_token/);
  });

  it('keeps a fresh token without asking again', async () => {
    server = await startServer((req, res) => reply(res, 200, tokenBody('long')));
    const provider = createCredentialProvider({ apiBaseUrl: server.url, apiKey: 'key' });
    await provider.authorization();
    await provider.authorization();
    expect(server.requests).toHaveLength(1);
  });

  it('renews with the refresh token once on a 401 and replays the request', async () => {
    server = await startServer((req, res) => {
      if (req.path === '/auth/api-key') return reply(res, 200, tokenBody('token-1'));
      if (req.path === '/auth/refresh') return reply(res, 200, tokenBody('token-2'));
      if (req.headers.authorization === 'Bearer token-1')
        return reply(res, 401, { title: 'Unauthorized', status: 401 });
      reply(res, 200, { videoId: 'vi1', title: 'ok', auth: req.headers.authorization });
    });
    const client = createApiClient({ apiBaseUrl: server.url, apiKey: 'key' });
    await expect(client.videos.update('vi1', { title: 'ok' })).resolves.toMatchObject({ auth: 'Bearer token-2' });
    expect(server.count('POST /auth/api-key')).toBe(1);
    expect(server.requests.find((r) => r.path === '/auth/refresh')!.json).toEqual({ refreshToken: 'refresh-token-1' });
    expect(server.count('PATCH /videos/vi1')).toBe(2);
  });

  it('gives up after one replay when the API keeps answering 401', async () => {
    server = await startServer((req, res) => {
      if (req.path === '/auth/api-key') return reply(res, 200, tokenBody('token'));
      reply(res, 401, {
        type: 'https://docs.api.video/reference/authentication-failed',
        title: 'Unauthorized',
        status: 401,
      });
    });
    const client = createApiClient({ apiBaseUrl: server.url, apiKey: 'key' });
    const error = await client.videos.get('vi1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(ErrorCode.Unauthorized);
    expect(server.count('GET /videos/vi1')).toBe(2);
  });

  it('retries a failed token exchange even before a POST, since the POST was never sent', async () => {
    let exchanges = 0;
    server = await startServer((req, res) => {
      if (req.path === '/auth/api-key')
        return ++exchanges === 1 ? reply(res, 503, { title: 'Unavailable' }) : reply(res, 200, tokenBody('ok'));
      reply(res, 201, { videoId: 'vi1' });
    });
    const client = createApiClient({ apiBaseUrl: server.url, apiKey: 'key', retry: { baseDelay: 1 } });
    await expect(client.videos.create({ title: 't' })).resolves.toEqual({ videoId: 'vi1' });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /auth/api-key',
      'POST /auth/api-key',
      'POST /videos',
    ]);
  });

  it('does not replay an anonymous call (token upload) on 401, nor authenticate for it', async () => {
    server = await startServer((req, res) => reply(res, 401, { title: 'The upload token is invalid.', status: 401 }));
    const client = createApiClient({ apiBaseUrl: server.url, apiKey: 'key' });
    await expect(client.uploads.withToken('to-expired', new Blob(['x']))).rejects.toMatchObject({
      code: ErrorCode.Unauthorized,
    });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /upload']);
  });

  it('reports a refused API key as an ApiError without touching the resource', async () => {
    server = await startServer((req, res) => reply(res, 400, { title: 'The API key is invalid.', status: 400 }));
    const client = createApiClient({ apiBaseUrl: server.url, apiKey: 'wrong' });
    const error = await client.videos.get('vi1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.Api, status: 400, operation: 'authenticate', path: '/auth/api-key' });
    expect(server.count('GET /videos/vi1')).toBe(0);
  });

  it('sends a given access token as is and never exchanges it', async () => {
    server = await startServer((req, res) => reply(res, 401, { title: 'Unauthorized', status: 401 }));
    const client = createApiClient({ apiBaseUrl: server.url, accessToken: 'abc' });
    await expect(client.videos.get('vi1')).rejects.toMatchObject({ code: ErrorCode.Unauthorized });
    expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/videos/vi1', 'Bearer abc']]);
  });

  it('lets one caller abort while the shared exchange completes for the others', async () => {
    server = await startServer(async (req, res) => {
      if (req.path === '/auth/api-key') await new Promise((r) => setTimeout(r, 100));
      reply(res, 200, tokenBody('shared'));
    });
    const provider = createCredentialProvider({ apiBaseUrl: server.url, apiKey: 'key' });
    const controller = new AbortController();
    const aborted = provider.authorization(controller.signal);
    const other = provider.authorization();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: ErrorCode.Aborted });
    await expect(other).resolves.toBe('Bearer shared');
    expect(server.requests).toHaveLength(1);
  });
});
