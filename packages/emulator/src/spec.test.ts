import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForm, startTestEmulator } from './test-support/emulator.js';
import type { TestEmulator } from './test-support/emulator.js';
import { allOperations, responseValidator } from './test-support/spec.js';

let emulator: TestEmulator;
const covered = new Set<string>();

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.dispose();
});

/** `expect`: the status api.video documents for this call. */
type Init = RequestInit & { json?: unknown; auth?: boolean; expect: number };

/**
 * Calls an operation by its spec path, checks the status, the `X-RateLimit-*` headers, the body against the spec's
 * schema for that status (sent as `application/json`, exactly), and records the operation as covered.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body read field by field
async function op(method: string, specPath: string, path: string, init: Init): Promise<any> {
  const { expect: status, ...rest } = init;
  const response = await emulator.call(path, { ...rest, method });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  expect(response.status, `${method} ${path}: ${text}`).toBe(status);
  for (const header of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-retry-after']) {
    expect(response.headers.get(header), `${header} on ${method} ${path}`).toMatch(/^\d+$/);
  }
  const validate = responseValidator(method, specPath, response.status);
  if (validate) {
    expect(response.headers.get('content-type'), `${method} ${path}`).toBe('application/json');
    const valid = validate(body);
    expect(validate.errors ?? [], `${method} ${path} ${response.status} against the spec`).toEqual([]);
    expect(valid).toBe(true);
  } else {
    expect(text).toBe('');
  }
  covered.add(`${method} ${specPath}`);
  return body;
}

const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n';
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);

describe('every operation of the spec answers with the spec’s schemas', () => {
  it('auth', async () => {
    const tokens = await op('POST', '/auth/api-key', '/auth/api-key', {
      json: { apiKey: emulator.apiKey },
      expect: 200,
    });
    await op('POST', '/auth/api-key', '/auth/api-key', { json: { apiKey: 'wrong' }, expect: 400 });
    await op('POST', '/auth/refresh', '/auth/refresh', { json: { refreshToken: tokens.refresh_token }, expect: 200 });
    await op('POST', '/auth/refresh', '/auth/refresh', { json: { refreshToken: tokens.refresh_token }, expect: 400 });
  });

  it('videos, uploads, status, thumbnails, captions, chapters, discarded, tags, summaries', async () => {
    await op('POST', '/videos', '/videos', { json: {}, expect: 400 });
    const video = await op('POST', '/videos', '/videos', {
      json: { title: 'Spec', tags: ['spec'], metadata: [{ key: 'k', value: 'v' }], language: 'en' },
      expect: 201,
    });
    const id = video.videoId as string;
    await op('GET', '/videos', '/videos?tags[]=spec&metadata[k]=v&sortBy=title&sortOrder=desc', { expect: 200 });
    await op('GET', '/videos', '/videos?pageSize=0', { expect: 400 });
    await op('GET', '/videos/{videoId}', `/videos/${id}`, { expect: 200 });
    await op('GET', '/videos/{videoId}', '/videos/vi0000000000000000000000', { expect: 404 });
    await op('PATCH', '/videos/{videoId}', `/videos/${id}`, { json: { title: 'Spec 2', public: false }, expect: 200 });
    await op('PATCH', '/videos/{videoId}', `/videos/${id}`, { json: { title: 5 }, expect: 400 });
    await op('GET', '/videos/{videoId}/status', `/videos/${id}/status`, { expect: 200 });
    await op('POST', '/videos/{videoId}/source', `/videos/${id}/source`, {
      body: fileForm('0123456789', 'clip.mp4'),
      headers: { 'content-range': 'part 1/1' },
      expect: 201,
    });
    await op('POST', '/videos/{videoId}/source', `/videos/${id}/source`, { body: fileForm('x'), expect: 400 });
    const status = await op('GET', '/videos/{videoId}/status', `/videos/${id}/status`, { expect: 200 });
    expect(status.ingest).toMatchObject({ status: 'uploaded', filesize: 10 });

    await op('POST', '/videos/{videoId}/thumbnail', `/videos/${id}/thumbnail`, {
      body: fileForm(jpeg, 'thumb.jpg'),
      expect: 200,
    });
    await op('POST', '/videos/{videoId}/thumbnail', `/videos/${id}/thumbnail`, {
      body: fileForm(jpeg, 'thumb.gif'),
      expect: 400,
    });
    await op('PATCH', '/videos/{videoId}/thumbnail', `/videos/${id}/thumbnail`, {
      json: { timecode: '00:00:01' },
      expect: 200,
    });

    await op('POST', '/videos/{videoId}/captions/{language}', `/videos/${id}/captions/en`, {
      body: fileForm(vtt, 'en.vtt'),
      expect: 200,
    });
    await op('POST', '/videos/{videoId}/captions/{language}', `/videos/${id}/captions/fr`, {
      body: fileForm('not vtt', 'fr.vtt'),
      expect: 400,
    });
    await op('GET', '/videos/{videoId}/captions', `/videos/${id}/captions`, { expect: 200 });
    await op('GET', '/videos/{videoId}/captions/{language}', `/videos/${id}/captions/en`, { expect: 200 });
    await op('GET', '/videos/{videoId}/captions/{language}', `/videos/${id}/captions/de`, { expect: 404 });
    await op('PATCH', '/videos/{videoId}/captions/{language}', `/videos/${id}/captions/en`, {
      json: { default: true },
      expect: 200,
    });
    await op('DELETE', '/videos/{videoId}/captions/{language}', `/videos/${id}/captions/en`, { expect: 204 });

    await op('POST', '/videos/{videoId}/chapters/{language}', `/videos/${id}/chapters/en`, {
      body: fileForm(vtt, 'en.vtt'),
      expect: 200,
    });
    await op('GET', '/videos/{videoId}/chapters', `/videos/${id}/chapters`, { expect: 200 });
    await op('GET', '/videos/{videoId}/chapters/{language}', `/videos/${id}/chapters/en`, { expect: 200 });
    await op('DELETE', '/videos/{videoId}/chapters/{language}', `/videos/${id}/chapters/en`, { expect: 204 });
    await op('DELETE', '/videos/{videoId}/chapters/{language}', `/videos/${id}/chapters/en`, { expect: 404 });

    await op('GET', '/tags', '/tags?sortBy=videoCount&sortOrder=desc', { expect: 200 });

    const summary = await op('POST', '/summaries', '/summaries', { json: { videoId: id }, expect: 201 });
    await op('POST', '/summaries', '/summaries', { json: { videoId: id }, expect: 409 });
    await op('GET', '/summaries', `/summaries?videoId=${id}`, { expect: 200 });
    await op('GET', '/summaries/{summaryId}/source', `/summaries/${summary.summaryId}/source`, { expect: 404 });
    await op('PATCH', '/summaries/{summaryId}/source', `/summaries/${summary.summaryId}/source`, {
      json: { abstract: 'A test.', takeaways: ['one'] },
      expect: 201,
    });
    await op('GET', '/summaries/{summaryId}/source', `/summaries/${summary.summaryId}/source`, { expect: 200 });
    await op('DELETE', '/summaries/{summaryId}', `/summaries/${summary.summaryId}`, { expect: 204 });

    await op('DELETE', '/videos/{videoId}', `/videos/${id}`, { expect: 204 });
    await op('DELETE', '/videos/{videoId}', `/videos/${id}`, { expect: 404 });
    await op('GET', '/discarded/videos', '/discarded/videos', { expect: 200 });
    await op('GET', '/discarded/videos/{videoId}', `/discarded/videos/${id}`, { expect: 200 });
    await op('PATCH', '/discarded/videos/{videoId}', `/discarded/videos/${id}`, {
      json: { discarded: 1 },
      expect: 400,
    });
    const restored = await op('PATCH', '/discarded/videos/{videoId}', `/discarded/videos/${id}`, {
      json: { discarded: false },
      expect: 200,
    });
    expect(restored.discarded).toBe(false);
    await op('GET', '/discarded/videos/{videoId}', `/discarded/videos/${id}`, { expect: 404 });
  });

  it('upload tokens and delegated upload', async () => {
    const token = await op('POST', '/upload-tokens', '/upload-tokens', { json: { ttl: 3600 }, expect: 200 });
    await op('POST', '/upload-tokens', '/upload-tokens', { json: { ttl: -1 }, expect: 400 });
    await op('GET', '/upload-tokens', '/upload-tokens?sortBy=ttl', { expect: 200 });
    await op('GET', '/upload-tokens/{uploadToken}', `/upload-tokens/${token.token}`, { expect: 200 });
    await op('GET', '/upload-tokens/{uploadToken}', '/upload-tokens/to0000000000000000000000', { expect: 404 });
    await op('POST', '/upload', `/upload?token=${token.token}`, {
      auth: false,
      body: fileForm('abc', 'clip.mp4'),
      expect: 201,
    });
    await op('POST', '/upload', `/upload?token=${token.token}`, {
      auth: false,
      body: fileForm('abc', 'clip.mp4'),
      headers: { 'content-range': 'part 0/1' },
      expect: 400,
    });
    await op('DELETE', '/upload-tokens/{uploadToken}', `/upload-tokens/${token.token}`, { expect: 204 });
    await op('DELETE', '/upload-tokens/{uploadToken}', `/upload-tokens/${token.token}`, { expect: 404 });
  });

  it('live streams', async () => {
    const stream = await op('POST', '/live-streams', '/live-streams', { json: { name: 'Live' }, expect: 200 });
    await op('POST', '/live-streams', '/live-streams', { json: { name: 1 }, expect: 400 });
    expect(stream.broadcasting).toBe(false);
    expect(stream.streamKey).toMatch(/^[0-9a-f-]{36}$/);
    await op('GET', '/live-streams', `/live-streams?streamKey=${stream.streamKey}`, { expect: 200 });
    await op('GET', '/live-streams/{liveStreamId}', `/live-streams/${stream.liveStreamId}`, { expect: 200 });
    await op('PATCH', '/live-streams/{liveStreamId}', `/live-streams/${stream.liveStreamId}`, {
      json: { name: 'Live 2', public: false, restreams: [{ name: 'yt', serverUrl: 'rtmp://x/y', streamKey: 'k' }] },
      expect: 200,
    });
    await op('PATCH', '/live-streams/{liveStreamId}', `/live-streams/${stream.liveStreamId}`, {
      json: { restreams: 'x' },
      expect: 400,
    });
    const id = stream.liveStreamId as string;
    await op('POST', '/live-streams/{liveStreamId}/thumbnail', `/live-streams/${id}/thumbnail`, {
      body: fileForm(jpeg, 'thumb.jpg'),
      expect: 201,
    });
    await op('POST', '/live-streams/{liveStreamId}/thumbnail', `/live-streams/${id}/thumbnail`, {
      body: fileForm(jpeg, 'thumb.txt'),
      expect: 400,
    });
    await op('DELETE', '/live-streams/{liveStreamId}/thumbnail', `/live-streams/${id}/thumbnail`, { expect: 200 });
    await op('DELETE', '/live-streams/{liveStreamId}/thumbnail', `/live-streams/${id}/thumbnail`, { expect: 404 });
    await op('PUT', '/live-streams/{liveStreamId}/complete', `/live-streams/${id}/complete`, { expect: 202 });
    await op('DELETE', '/live-streams/{liveStreamId}', `/live-streams/${id}`, { expect: 204 });
  });

  it('players, watermarks, webhooks', async () => {
    const player = await op('POST', '/players', '/players', { json: { name: 'Brand', forceLoop: true }, expect: 201 });
    await op('GET', '/players', '/players?sortBy=name', { expect: 200 });
    await op('GET', '/players', '/players?sortBy=nope', { expect: 400 });
    await op('GET', '/players/{playerId}', `/players/${player.playerId}`, { expect: 200 });
    await op('GET', '/players/{playerId}', '/players/pt0000000000000000000000', { expect: 404 });
    await op('PATCH', '/players/{playerId}', `/players/${player.playerId}`, { json: { text: '#fff' }, expect: 200 });
    await op('POST', '/players/{playerId}/logo', `/players/${player.playerId}/logo`, {
      body: fileForm(jpeg, 'logo.png', { link: 'https://example.com' }),
      expect: 201,
    });
    await op('POST', '/players/{playerId}/logo', `/players/${player.playerId}/logo`, {
      body: fileForm(jpeg, 'logo.svg'),
      expect: 400,
    });
    await op('DELETE', '/players/{playerId}/logo', `/players/${player.playerId}/logo`, { expect: 204 });
    await op('DELETE', '/players/{playerId}', `/players/${player.playerId}`, { expect: 204 });
    await op('DELETE', '/players/{playerId}', `/players/${player.playerId}`, { expect: 404 });

    const watermark = await op('POST', '/watermarks', '/watermarks', { body: fileForm(jpeg, 'w.png'), expect: 200 });
    await op('POST', '/watermarks', '/watermarks', { body: fileForm(jpeg, 'w.bmp'), expect: 400 });
    await op('GET', '/watermarks', '/watermarks', { expect: 200 });
    await op('DELETE', '/watermarks/{watermarkId}', `/watermarks/${watermark.watermarkId}`, { expect: 204 });
    await op('DELETE', '/watermarks/{watermarkId}', `/watermarks/${watermark.watermarkId}`, { expect: 404 });

    const hook = await op('POST', '/webhooks', '/webhooks', {
      json: { events: ['video.encoding.quality.completed'], url: 'http://127.0.0.1:9/hook' },
      expect: 201,
    });
    await op('POST', '/webhooks', '/webhooks', { json: { events: ['nope'], url: 'http://x' }, expect: 400 });
    await op('GET', '/webhooks', '/webhooks?events=video.encoding.quality.completed', { expect: 200 });
    await op('GET', '/webhooks/{webhookId}', `/webhooks/${hook.webhookId}`, { expect: 200 });
    await op('DELETE', '/webhooks/{webhookId}', `/webhooks/${hook.webhookId}`, { expect: 204 });
    await op('DELETE', '/webhooks/{webhookId}', `/webhooks/${hook.webhookId}`, { expect: 404 });
  });

  it('analytics: valid and honestly empty', async () => {
    const aggregate = await op('GET', '/data/metrics/{metric}/{aggregation}', '/data/metrics/play/count', {
      expect: 200,
    });
    expect(aggregate.data).toBe(0);
    await op('GET', '/data/metrics/{metric}/{aggregation}', '/data/metrics/view/count?unique=true&viewDuration=10s', {
      expect: 200,
    });
    await op('GET', '/data/metrics/{metric}/{aggregation}', '/data/metrics/nope/count', { expect: 400 });
    const buckets = await op('GET', '/data/buckets/{metric}/{breakdown}', '/data/buckets/play/country', {
      expect: 200,
    });
    expect(buckets.data).toEqual([]);
    await op('GET', '/data/buckets/{metric}/{breakdown}', '/data/buckets/play/planet', { expect: 400 });
    const series = await op('GET', '/data/timeseries/{metric}', '/data/timeseries/play?interval=day', {
      expect: 200,
    });
    expect(series.data).toEqual([]);
    await op('GET', '/data/timeseries/{metric}', '/data/timeseries/play?from=yesterday', { expect: 400 });
  });

  it('covered all operations of the spec', () => {
    expect([...covered].sort()).toEqual(allOperations().sort());
  });
});
