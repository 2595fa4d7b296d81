// Integration: every resource of the client against the real emulator (loopback, free port, temporary data dir).
import { readFile, stat } from 'node:fs/promises';
import { startEmulator } from '@vidkit/emulator';
import type { RunningEmulator } from '@vidkit/emulator';
import { ensureClip } from '@vidkit/tooling/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { ApiError } from '../api-error.js';
import { createApiClient } from './api-client.js';
import type { ApiClient } from './api-client.js';
import { watchVideoStatus, type VideoStatusFetcher, type VideoStatusSnapshot } from '../status/video-status.js';

let emulator: RunningEmulator;
let client: ApiClient;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, encoding: { enabled: false } });
  client = createApiClient({ apiBaseUrl: emulator.url, apiKey: emulator.apiKey, retry: { baseDelay: 10 } });
});
afterAll(() => emulator?.stop());

const vtt = (text: string) => new File([`WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${text}\n`], 'track.vtt');
const jpeg = () =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 0xff, 0xd9])], 'image.jpg');

describe('client against the emulator', () => {
  it('auth: exchanges the key and refreshes the token', async () => {
    const tokens = await client.auth.authenticate(emulator.apiKey);
    expect(tokens).toMatchObject({ token_type: expect.stringMatching(/bearer/i), expires_in: expect.any(Number) });
    const refreshed = await client.auth.refresh(tokens.refresh_token!);
    expect(refreshed.access_token).toBeTruthy();
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });

  it('videos: create, get, update, list with filters and pagination, status, thumbnails, delete and restore', async () => {
    const created = await client.videos.create({
      title: 'Integration one',
      tags: ['vidkit-it'],
      metadata: [{ key: 'team', value: 'blue' }],
    });
    expect(created.videoId).toMatch(/^vi/);
    await client.videos.create({ title: 'Integration two', tags: ['vidkit-it'] });
    await client.videos.create({ title: 'Integration three', tags: ['vidkit-it'] });

    expect(await client.videos.get(created.videoId)).toMatchObject({ title: 'Integration one' });
    expect(await client.videos.update(created.videoId, { description: 'changed' })).toMatchObject({
      description: 'changed',
    });

    const first = await client.videos.list({ tags: ['vidkit-it'], pageSize: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.pagination.itemsTotal).toBe(3);
    const titles: string[] = [];
    for await (const video of client.videos.list({ tags: ['vidkit-it'], pageSize: 2 })) titles.push(video.title!);
    expect(titles.sort()).toEqual(['Integration one', 'Integration three', 'Integration two']);
    const byMetadata = await client.videos.list({ metadata: { team: 'blue' } });
    expect(byMetadata.data.map((v) => v.videoId)).toEqual([created.videoId]);

    const status = await client.videos.getStatus(created.videoId);
    expect(status.ingest?.status).toBeUndefined();
    expect(status.encoding?.playable).toBe(false);

    expect((await client.videos.uploadThumbnail(created.videoId, jpeg())).videoId).toBe(created.videoId);
    expect((await client.videos.pickThumbnail(created.videoId, { timecode: '00:00:01.00' })).videoId).toBe(
      created.videoId,
    );

    await client.videos.delete(created.videoId);
    await expect(client.videos.get(created.videoId)).rejects.toMatchObject({ status: 404, operation: 'GET-video' });
    const discarded = await client.discardedVideos.list({ title: 'Integration one' });
    expect(discarded.data.map((v) => v.videoId)).toContain(created.videoId);
    expect((await client.discardedVideos.get(created.videoId)).videoId).toBe(created.videoId);
    await client.discardedVideos.update(created.videoId, { discarded: false });
    expect((await client.videos.get(created.videoId)).title).toBe('Integration one');

    const tags = await client.tags.list();
    expect(tags.data).toContainEqual(expect.objectContaining({ value: 'vidkit-it', videoCount: 3 }));
  });

  it('upload tokens and source uploads: token upload needs no credential, direct upload needs one', async () => {
    const clip = await ensureClip({ duration: 1, width: 320, height: 180 });
    const size = (await stat(clip)).size;
    const token = await client.uploadTokens.create({ ttl: 600 });
    expect(token.token).toMatch(/^to/);
    expect((await client.uploadTokens.get(token.token!)).ttl).toBe(600);
    expect((await client.uploadTokens.list()).data.map((t) => t.token)).toContain(token.token);

    // A browser-like client: no API key at all, only the token.
    const anonymous = createApiClient({ apiBaseUrl: emulator.url });
    const uploaded = await anonymous.uploads.withToken(token.token!, clip);
    expect(uploaded.videoId).toMatch(/^vi/);
    const status = await client.videos.getStatus(uploaded.videoId);
    expect(status.ingest?.filesize).toBe(size);

    const container = await client.videos.create({ title: 'direct' });
    await client.uploads.source(container.videoId, new Blob([await readFile(clip)]));
    expect((await client.videos.getStatus(container.videoId)).ingest?.filesize).toBe(size);

    await client.uploadTokens.delete(token.token!);
    await expect(anonymous.uploads.withToken(token.token!, clip)).rejects.toBeInstanceOf(ApiError);
  });

  it('captions and chapters: upload, get, list, set default, delete', async () => {
    const { videoId } = await client.videos.create({ title: 'tracks' });
    expect(await client.captions.upload(videoId, 'en', vtt('Hello'))).toMatchObject({ srclang: 'en' });
    await client.captions.upload(videoId, 'fr', vtt('Bonjour'));
    expect((await client.captions.get(videoId, 'fr')).srclang).toBe('fr');
    expect(await client.captions.update(videoId, 'fr', { default: true })).toMatchObject({ default: true });
    expect((await client.captions.list(videoId)).data.map((c) => c.srclang).sort()).toEqual(['en', 'fr']);
    await client.captions.delete(videoId, 'en');
    await expect(client.captions.get(videoId, 'en')).rejects.toMatchObject({ status: 404 });
    await expect(client.captions.upload(videoId, 'de', new File(['not vtt'], 'x.vtt'))).rejects.toMatchObject({
      status: 400,
      code: ErrorCode.Api,
    });

    expect(await client.chapters.upload(videoId, 'en', vtt('Intro'))).toMatchObject({ language: 'en' });
    expect((await client.chapters.get(videoId, 'en')).language).toBe('en');
    expect((await client.chapters.list(videoId)).data).toHaveLength(1);
    await client.chapters.delete(videoId, 'en');
    expect((await client.chapters.list(videoId)).data).toHaveLength(0);
  });

  it('live streams: create, get, list, update, thumbnail, complete, delete', async () => {
    const live = await client.liveStreams.create({ name: 'studio', public: true });
    expect(live.liveStreamId).toMatch(/^li/);
    expect(live.streamKey).toBeTruthy();
    expect((await client.liveStreams.get(live.liveStreamId)).broadcasting).toBe(false);
    expect((await client.liveStreams.update(live.liveStreamId, { name: 'studio 2' })).name).toBe('studio 2');
    expect((await client.liveStreams.list({ name: 'studio 2' })).data.map((l) => l.liveStreamId)).toEqual([
      live.liveStreamId,
    ]);
    expect((await client.liveStreams.uploadThumbnail(live.liveStreamId, jpeg())).liveStreamId).toBe(live.liveStreamId);
    expect((await client.liveStreams.deleteThumbnail(live.liveStreamId)).liveStreamId).toBe(live.liveStreamId);
    await client.liveStreams.complete(live.liveStreamId);
    await client.liveStreams.delete(live.liveStreamId);
    await expect(client.liveStreams.get(live.liveStreamId)).rejects.toMatchObject({ status: 404 });
  });

  it('players, watermarks and webhooks', async () => {
    const player = await client.players.create({ text: '#ffffff' });
    expect(player.playerId).toMatch(/^pt/);
    expect((await client.players.get(player.playerId!)).text).toBe('#ffffff');
    expect((await client.players.update(player.playerId!, { link: '#ff0000' })).link).toBe('#ff0000');
    expect((await client.players.list()).data.map((p) => p.playerId)).toContain(player.playerId);
    const withLogo = await client.players.uploadLogo(player.playerId!, jpeg(), { link: 'https://example.com' });
    expect(withLogo.assets?.link).toBe('https://example.com');
    await client.players.deleteLogo(player.playerId!);
    await client.players.delete(player.playerId!);
    await expect(client.players.get(player.playerId!)).rejects.toMatchObject({ status: 404 });

    const watermark = await client.watermarks.upload(jpeg());
    expect(watermark.watermarkId).toBeTruthy();
    expect((await client.watermarks.list()).data.map((w) => w.watermarkId)).toContain(watermark.watermarkId);
    await client.watermarks.delete(watermark.watermarkId!);
    expect((await client.watermarks.list()).data.map((w) => w.watermarkId)).not.toContain(watermark.watermarkId);

    const hook = await client.webhooks.create({
      url: 'http://127.0.0.1:9/hook',
      events: ['video.encoding.quality.completed'],
    });
    expect(hook.webhookId).toMatch(/^webhook_/);
    expect((await client.webhooks.get(hook.webhookId!)).url).toBe('http://127.0.0.1:9/hook');
    expect(
      (await client.webhooks.list({ events: 'video.encoding.quality.completed' })).data.map((w) => w.webhookId),
    ).toContain(hook.webhookId);
    await client.webhooks.delete(hook.webhookId!);
    await expect(client.webhooks.get(hook.webhookId!)).rejects.toMatchObject({ status: 404 });
  });

  it('analytics and summaries', async () => {
    const aggregated = await client.analytics.getAggregatedMetrics({ metric: 'play', aggregation: 'count' });
    expect(aggregated).toHaveProperty('data');
    const breakdown = await client.analytics.getMetricsBreakdown({ metric: 'play', breakdown: 'country' });
    expect(Array.isArray(breakdown.data)).toBe(true);
    const series = await client.analytics.getMetricsOverTime({ metric: 'play' }, { interval: 'day' });
    expect(Array.isArray(series.data)).toBe(true);

    const { videoId } = await client.videos.create({ title: 'summarized' });
    const summary = (await client.summaries.create({ videoId })) as { summaryId: string };
    expect(summary.summaryId).toBeTruthy();
    expect((await client.summaries.list({ videoId })).data).toHaveLength(1);
    const source = await client.summaries.updateSource(summary.summaryId, {
      abstract: 'About tests.',
      takeaways: ['one'],
    });
    expect(source).toMatchObject({ abstract: 'About tests.' });
    expect(await client.summaries.getSource(summary.summaryId)).toMatchObject({ takeaways: ['one'] });
    await client.summaries.delete(summary.summaryId);
    expect((await client.summaries.list({ videoId })).data).toHaveLength(0);
  });

  it('videos.getStatus() is a watchVideoStatus fetcher as it is (a backend route can return its result)', async () => {
    const token = await client.uploadTokens.create({ ttl: 600 });
    const { videoId } = await createApiClient({ apiBaseUrl: emulator.url }).uploads.withToken(
      token.token!,
      new File([new Uint8Array(1000)], 'status.mp4'),
    );
    const fetcher: VideoStatusFetcher = (id, { signal }) => client.videos.getStatus(id, { signal });
    const watcher = watchVideoStatus(videoId, { fetcher, interval: 200 });
    const checked = await new Promise<VideoStatusSnapshot>((resolve) => {
      const off = watcher.subscribe(() => {
        const snapshot = watcher.getSnapshot();
        if (snapshot.checkedAt === undefined) return;
        off();
        resolve(snapshot);
      });
    });
    expect(checked.error).toBeUndefined();
    expect(checked.ingest?.status).toBe((await client.videos.getStatus(videoId)).ingest?.status);
  });

  it('rides out dropped connections and 5xx from the emulator by retrying reads', async () => {
    const faults = (body: object) =>
      fetch(`${emulator.url}/_emulator/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const { videoId } = await client.videos.create({ title: 'flaky' });
    const patient = createApiClient({
      apiBaseUrl: emulator.url,
      apiKey: emulator.apiKey,
      retry: { retries: 12, baseDelay: 1, maxDelay: 20 },
    });
    await faults({ dropRate: 0.1, errorRate: 0.3 });
    try {
      const seen = await Promise.all(Array.from({ length: 20 }, () => patient.videos.get(videoId)));
      expect(seen.every((video) => video.title === 'flaky')).toBe(true);
    } finally {
      await faults({ dropRate: 0, errorRate: 0 });
    }
  });

  it('reached every operation of the spec at the emulator', async () => {
    const counts = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as Record<string, number>;
    const spec = JSON.parse(
      await readFile(new URL('../../../../tooling/openapi/api.video.openapi.json', import.meta.url), 'utf8'),
    ) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toHaveLength(59);
    expect(
      Object.keys(counts)
        .filter((route) => !route.includes('/_emulator'))
        .sort(),
    ).toEqual(operations.sort());
  });
});
