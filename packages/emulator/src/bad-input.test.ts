import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForm, isProblem, startTestEmulator } from './test-support/emulator.js';
import type { TestEmulator } from './test-support/emulator.js';
import { parseRawAnswer, rawRequest, rawSocket } from './test-support/raw-http.js';

let emulator: TestEmulator;
let videoId: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const response = await emulator.call('/videos', { method: 'POST', json: { title: 'target' } });
  videoId = ((await response.json()) as { videoId: string }).videoId;
});
afterAll(async () => {
  await emulator.dispose();
});

type Case = [name: string, path: string, init: RequestInit & { json?: unknown; auth?: boolean }, status: number];

const json = (body: string): RequestInit => ({ method: 'POST', body, headers: { 'content-type': 'application/json' } });

const cases = (): Case[] => [
  ['malformed JSON', '/videos', json('{"title": '), 400],
  ['empty JSON body', '/videos', json(''), 400],
  ['JSON array body', '/videos', json('[1,2]'), 400],
  ['JSON string body', '/videos', json('"title"'), 400],
  ['missing title', '/videos', { method: 'POST', json: { description: 'x' } }, 400],
  ['null title', '/videos', { method: 'POST', json: { title: null } }, 400],
  ['title as number', '/videos', { method: 'POST', json: { title: 1 } }, 400],
  ['tags as string', '/videos', { method: 'POST', json: { title: 't', tags: 'a' } }, 400],
  ['metadata of numbers', '/videos', { method: 'POST', json: { title: 't', metadata: [{ key: 1, value: 2 }] } }, 400],
  ['unknown language', '/videos', { method: 'POST', json: { title: 't', language: 'xx' } }, 400],
  ['unknown player', '/videos', { method: 'POST', json: { title: 't', playerId: 'pt123' } }, 400],
  ['bad source', '/videos', { method: 'POST', json: { title: 't', source: 'ftp://x' } }, 400],
  ['bad clip', '/videos', { method: 'POST', json: { title: 't', clip: { startTimecode: 'soon' } } }, 400],
  ['text/plain body', '/videos', { method: 'POST', body: 'title=x', headers: { 'content-type': 'text/plain' } }, 400],
  ['xml body', '/videos', { method: 'POST', body: '<x/>', headers: { 'content-type': 'application/xml' } }, 400],
  ['oversized JSON', '/videos', { method: 'POST', json: { title: 'x'.repeat(2 * 1024 * 1024) } }, 413],
  ['ttl as string', '/upload-tokens', { method: 'POST', json: { ttl: '60' } }, 400],
  ['ttl negative', '/upload-tokens', { method: 'POST', json: { ttl: -5 } }, 400],
  ['unknown route', '/nothing/here', { method: 'GET' }, 404],
  ['unknown method', '/videos', { method: 'PUT', json: {} }, 404],
  ['unknown video', '/videos/vi0000000000000000000000', { method: 'GET' }, 404],
  ['id with ../', '/videos/..%2F..%2Fetc%2Fpasswd', { method: 'GET' }, 404],
  ['id with ../ on upload', '/videos/..%2F..%2Ftmp/source', { method: 'POST', body: fileForm('x') }, 404],
  ['dot-dot segments', '/videos/../../etc/passwd', { method: 'GET' }, 404],
  [
    'caption language with ../',
    '/videos/{id}/captions/..%2F..%2Fsource',
    { method: 'POST', body: fileForm('WEBVTT\n') },
    400,
  ],
  ['caption language with dots', '/videos/{id}/captions/en..fr', { method: 'GET' }, 400],
  ['page size 0', '/videos?pageSize=0', { method: 'GET' }, 400],
  ['page size 101', '/videos?pageSize=101', { method: 'GET' }, 400],
  ['current page -1', '/videos?currentPage=-1', { method: 'GET' }, 400],
  ['current page text', '/videos?currentPage=two', { method: 'GET' }, 400],
  ['bad sortBy', '/videos?sortBy=size', { method: 'GET' }, 400],
  ['bad sortOrder', '/videos?sortOrder=up', { method: 'GET' }, 400],
  [
    'bad Content-Range',
    '/videos/{id}/source',
    { method: 'POST', body: fileForm('x'), headers: { 'content-range': 'chunk 1' } },
    400,
  ],
  [
    'contradictory Content-Range',
    '/videos/{id}/source',
    { method: 'POST', body: fileForm('x'), headers: { 'content-range': 'part 3/2' } },
    400,
  ],
  [
    'inverted byte range',
    '/videos/{id}/source',
    { method: 'POST', body: fileForm('x'), headers: { 'content-range': 'bytes 9-0/10' } },
    400,
  ],
  ['no file field', '/videos/{id}/source', { method: 'POST', body: new URLSearchParams({ a: 'b' }) }, 400],
  [
    'broken multipart',
    '/videos/{id}/source',
    {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    },
    400,
  ],
  [
    'multipart without boundary',
    '/videos/{id}/source',
    { method: 'POST', body: 'abc', headers: { 'content-type': 'multipart/form-data' } },
    400,
  ],
  ['upload without token', '/upload', { method: 'POST', auth: false, body: fileForm('x') }, 404],
  ['thumbnail pick without timecode', '/videos/{id}/thumbnail', { method: 'PATCH', json: {} }, 400],
  ['thumbnail pick bad timecode', '/videos/{id}/thumbnail', { method: 'PATCH', json: { timecode: '1s' } }, 400],
  [
    'webhook bad url',
    '/webhooks',
    { method: 'POST', json: { events: ['video.encoding.quality.completed'], url: 'not a url' } },
    400,
  ],
  ['webhook no events', '/webhooks', { method: 'POST', json: { events: [], url: 'http://x' } }, 400],
  ['live stream without name', '/live-streams', { method: 'POST', json: {} }, 400],
  [
    'too many restreams',
    '/live-streams',
    { method: 'POST', json: { name: 'x', restreams: Array(6).fill({ name: 'a', serverUrl: 'b', streamKey: 'c' }) } },
    400,
  ],
  ['bad analytics date', '/data/metrics/play/count?from=2024-13-45', { method: 'GET' }, 400],
  ['bad faults', '/_emulator/faults', { method: 'PUT', json: { dropRate: 2 } }, 400],
  ['bad rate limit mode', '/_emulator/faults', { method: 'PUT', json: { rateLimit: 'fast' } }, 400],
  ['malformed percent-encoding', '/videos/%E0%A4%A', { method: 'GET' }, 400],
  ['lone percent sign', '/videos/%', { method: 'GET' }, 400],
  ['path parameter of 300 characters', `/videos/vi${'a'.repeat(300)}`, { method: 'GET' }, 414],
  ['zero-byte upload', '/videos/{id}/source', { method: 'POST', body: fileForm('') }, 400],
  [
    'zero-byte part',
    '/videos/{id}/source',
    { method: 'POST', body: fileForm(''), headers: { 'content-range': 'part 1/1' } },
    400,
  ],
  [
    'admin write as text/plain',
    '/_emulator/auth/expire-tokens',
    { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } },
    415,
  ],
  ['admin write without a body type', '/_emulator/auth/expire-tokens', { method: 'POST' }, 415],
  [
    'admin write as a form',
    '/_emulator/faults',
    { method: 'PUT', body: 'errorRate=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    415,
  ],
  ['source URL with a bad port', '/videos', { method: 'POST', json: { title: 't', source: 'http://x:99999/a' } }, 400],
];

type RawCase = [name: string, send: (url: string) => Promise<{ status: number; body: unknown }>, status: number];

const request = async (url: string, init: Parameters<typeof rawRequest>[1]) => {
  const answer = await rawRequest(url, init);
  return { status: answer.status, body: JSON.parse(answer.body) as unknown };
};

const rawCases = (): RawCase[] => [
  ['Host of a rebound name', (url) => request(`${url}/videos`, { headers: { host: 'rebound.attacker.example' } }), 403],
  ['Host with a port only', (url) => request(`${url}/videos`, { headers: { host: ':4010' } }), 403],
  ['Host with an unclosed bracket', (url) => request(`${url}/videos`, { headers: { host: '[::1' } }), 403],
  [
    'admin write from a foreign Origin',
    (url) =>
      request(`${url}/_emulator/faults`, {
        method: 'PUT',
        headers: { origin: 'https://attacker.example', 'content-type': 'application/json' },
        body: '{"errorRate":1}',
      }),
    403,
  ],
  [
    'admin write with Sec-Fetch-Site: cross-site',
    (url) => request(`${url}/_emulator/requests`, { method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } }),
    403,
  ],
  ['broken request line', async (url) => parseRawAnswer(await rawSocket(url, 'NOT HTTP AT ALL\r\n\r\n')), 400],
  [
    'control character in the path',
    async (url) => parseRawAnswer(await rawSocket(url, 'GET /vid\u0001eos HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')),
    400,
  ],
  [
    'HTTP/1.1 without Host',
    async (url) => parseRawAnswer(await rawSocket(url, 'GET /videos HTTP/1.1\r\nConnection: close\r\n\r\n')),
    400,
  ],
  [
    'headers of 20 KiB',
    async (url) =>
      parseRawAnswer(
        await rawSocket(url, `GET /videos HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`),
      ),
    431,
  ],
  [
    'URL of 20 KiB',
    async (url) =>
      parseRawAnswer(await rawSocket(url, `GET /videos?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)),
    431,
  ],
  [
    'invalid chunked encoding',
    async (url) =>
      parseRawAnswer(
        await rawSocket(
          url,
          'POST /videos HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
        ),
      ),
    400,
  ],
];

describe('bad input never crashes and gets api.video-shaped 4xx answers', () => {
  it.each(cases())('%s', async (_name, path, init, status) => {
    const response = await emulator.call(path.replace('{id}', videoId), init);
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(isProblem(JSON.parse(text), status), text).toBe(true);
  });

  it.each(rawCases())('%s', async (_name, send, status) => {
    const { status: code, body } = await send(emulator.url);
    expect(code, JSON.stringify(body)).toBe(status);
    expect(isProblem(body, status), JSON.stringify(body)).toBe(true);
  });

  it('is still healthy afterwards', async () => {
    expect(await (await emulator.call('/_emulator/faults')).json()).toMatchObject({ errorRate: 0 });
    expect((await emulator.call('/videos')).status).toBe(200);
    const status = await (await emulator.call(`/videos/${videoId}/status`)).json();
    expect(status.ingest.receivedParts.parts).toEqual([]);
  });
});
