import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProblem, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';
import { parseRawAnswer, rawRequest, rawSocket } from '../test-support/raw-http.js';
import { hostName, isAllowedHost } from './allowed-hosts.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ allowedHosts: ['emulator.test', '.lan.test'] });
});
afterAll(async () => {
  await emulator.dispose();
});

const port = () => new URL(emulator.url).port;
const basic = () => emulator.auth['authorization']!;

describe('Host allow-list (DNS rebinding)', () => {
  it('reads host names from Host headers', () => {
    expect(hostName('LocalHost:4010')).toBe('localhost');
    expect(hostName('[::1]:4010')).toBe('::1');
    expect(hostName('example.com.')).toBe('example.com');
    expect(hostName('[::1')).toBeUndefined();
    expect(hostName('a:b:c')).toBeUndefined();
    expect(isAllowedHost('evil.example', [])).toBe(false);
    expect(isAllowedHost('localhost.evil.example', [])).toBe(false);
    expect(isAllowedHost('app.localhost:3000', [])).toBe(true);
    expect(isAllowedHost('192.168.1.20:4010', [])).toBe(true);
    expect(isAllowedHost('x.lan.test', ['.lan.test'])).toBe(true);
    expect(isAllowedHost('xlan.test', ['.lan.test'])).toBe(false);
  });

  it.each([
    ['localhost'],
    ['127.0.0.1'],
    ['127.3.4.5'],
    ['[::1]'],
    ['sub.localhost'],
    ['emulator.test'],
    ['a.lan.test'],
    ['lan.test'],
  ])('answers Host %s', async (host) => {
    const answer = await rawRequest(`${emulator.url}/videos`, {
      headers: { host: `${host}:${port()}`, authorization: basic() },
    });
    expect(answer.status, answer.body).toBe(200);
  });

  it.each([['rebound.attacker.example'], ['localhost.attacker.example'], ['emulator.test.attacker.example']])(
    'refuses Host "%s" with a 403 in api.video shape, before auth, on every route',
    async (host) => {
      for (const path of ['/videos', '/_emulator/faults', '/vod/vi0/hls/manifest.m3u8', '/nothing']) {
        const answer = await rawRequest(`${emulator.url}${path}`, { headers: { host } });
        expect(answer.status, `${path} ${answer.body}`).toBe(403);
        const body = JSON.parse(answer.body) as Record<string, unknown>;
        expect(isProblem(body, 403)).toBe(true);
        expect(body['type']).toBe('https://docs.api.video/reference/host-not-allowed');
        expect(typeof body['detail']).toBe('string');
      }
    },
  );

  it('refuses a rebound admin write, so a hostile page cannot change faults', async () => {
    const answer = await rawRequest(`${emulator.url}/_emulator/faults`, {
      method: 'PUT',
      headers: { host: `rebound.attacker.example:${port()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ errorRate: 1 }),
    });
    expect(answer.status).toBe(403);
    expect(await (await emulator.call('/_emulator/faults')).json()).toMatchObject({ errorRate: 0 });
  });

  it('keeps CORS as it was: local origins only', async () => {
    const preflight = (origin: string) =>
      rawRequest(`${emulator.url}/videos`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    expect((await preflight('http://localhost:5173')).headers['access-control-allow-origin']).toBe(
      'http://localhost:5173',
    );
    expect((await preflight('https://attacker.example')).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('admin routes refuse cross-site and non-JSON writes (CSRF)', () => {
  const expire = (headers: Record<string, string>, body?: string) =>
    rawRequest(`${emulator.url}/_emulator/auth/expire-tokens`, { method: 'POST', headers, body });

  it('refuses the simple request a hostile page can send without a preflight', async () => {
    const answer = await expire({ 'content-type': 'text/plain', origin: 'https://attacker.example' }, '{}');
    expect(answer.status).toBe(403);
    expect(isProblem(JSON.parse(answer.body), 403)).toBe(true);
  });

  it('refuses text/plain, forms and bodiless POSTs even without an Origin', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await expire({ 'content-type': type }, '{}');
      expect(answer.status, type).toBe(415);
      expect(isProblem(JSON.parse(answer.body), 415)).toBe(true);
    }
    expect((await expire({})).status).toBe(415);
  });

  it('refuses Sec-Fetch-Site: cross-site and a null or foreign Origin', async () => {
    const json = { 'content-type': 'application/json' };
    expect((await expire({ ...json, 'sec-fetch-site': 'cross-site' }, '{}')).status).toBe(403);
    expect((await expire({ ...json, origin: 'null' }, '{}')).status).toBe(403);
    expect((await expire({ ...json, origin: 'http://127.0.0.1.attacker.example' }, '{}')).status).toBe(403);
    const faults = await rawRequest(`${emulator.url}/_emulator/faults`, {
      method: 'PUT',
      headers: { ...json, origin: 'https://attacker.example' },
      body: '{"errorRate":1}',
    });
    expect(faults.status).toBe(403);
    const reset = await rawRequest(`${emulator.url}/_emulator/requests`, {
      method: 'DELETE',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(reset.status).toBe(403);
  });

  it('accepts JSON from tools and from local pages (another port is another site, but local)', async () => {
    const json = { 'content-type': 'application/json' };
    expect((await expire(json, '{}')).status).toBe(200);
    const fromPage = await expire({ ...json, origin: 'http://localhost:5173', 'sec-fetch-site': 'cross-site' }, '{}');
    expect(fromPage.status, fromPage.body).toBe(200);
    expect((await rawRequest(`${emulator.url}/_emulator/requests`, { method: 'DELETE' })).status).toBe(204);
    // Reads stay open: a page cannot read them across origins anyway (CORS), and tools need them.
    expect((await rawRequest(`${emulator.url}/_emulator/faults`, { headers: { origin: 'null' } })).status).toBe(200);
  });

  it('guards the route, whatever the URL spelling', async () => {
    // The router decodes %5F and ignores a trailing slash: both reach the admin route, and both are guarded.
    for (const path of ['/%5Femulator/auth/expire-tokens', '/_emulator/auth/expire-tokens/']) {
      const answer = await rawRequest(`${emulator.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      });
      expect(answer.status, path).toBe(415);
    }
  });
});

describe('framework errors in api.video shape', () => {
  it('a malformed percent-encoding (FST_ERR_BAD_URL) is a 400', async () => {
    const answer = await rawRequest(`${emulator.url}/videos/%E0%A4%A`, { headers: { authorization: basic() } });
    expect(answer.status, answer.body).toBe(400);
    expect(isProblem(JSON.parse(answer.body), 400), answer.body).toBe(true);
  });

  it('a too long path parameter is a 414', async () => {
    const answer = await rawRequest(`${emulator.url}/videos/vi${'a'.repeat(300)}`, {
      headers: { authorization: basic() },
    });
    expect(answer.status, answer.body).toBe(414);
    expect(isProblem(JSON.parse(answer.body), 414), answer.body).toBe(true);
  });

  it('headers too large are a 431', async () => {
    const text = await rawSocket(
      emulator.url,
      `GET /videos HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`,
    );
    const { status, body } = parseRawAnswer(text);
    expect(status, text).toBe(431);
    expect(isProblem(body, 431), text).toBe(true);
  });

  it.each([
    ['a broken request line', 'GARBAGE\r\n\r\n'],
    ['a bad HTTP version', 'GET /videos HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n'],
    ['a header without a colon', 'GET /videos HTTP/1.1\r\nHost: 127.0.0.1\r\nnot a header\r\n\r\n'],
    ['HTTP/1.1 without Host', 'GET /videos HTTP/1.1\r\nConnection: close\r\n\r\n'],
  ])('%s is a 400 in api.video shape', async (_name, bytes) => {
    const text = await rawSocket(emulator.url, bytes);
    const { status, body } = parseRawAnswer(text);
    expect(status, text).toBe(400);
    expect(isProblem(body, 400), text).toBe(true);
  });

  it('is still healthy afterwards', async () => {
    expect((await emulator.call('/videos')).status).toBe(200);
  });
});
