// WatermarksApi and WebhooksApi of @api.video/nodejs-client against the emulator.
import { describe, expect, it } from 'vitest';
import { errorFields, JPEG, rejection, useConformance } from './support/conformance.js';

const api = useConformance();

describe('watermarks', () => {
  it('upload, list, use on a video, delete', async () => {
    const watermark = await api.client.watermarks.upload(await api.file('watermark.jpg', JPEG));
    expect(watermark.watermarkId).toMatch(/^watermark_/);
    const listed = await api.client.watermarks.list({ sortBy: 'createdAt', sortOrder: 'asc' });
    expect(listed.data.map((w) => w.watermarkId)).toEqual([watermark.watermarkId]);
    const video = await api.client.videos.create({
      title: 'Watermarked',
      watermark: { id: watermark.watermarkId, top: '10px', right: '10px', opacity: '70%' },
    });
    expect(video.videoId).toMatch(/^vi/);
    await api.client.watermarks.delete(watermark.watermarkId!);
    expect(errorFields(await rejection(api.client.watermarks.delete(watermark.watermarkId!))).code).toBe(404);
  });
});

describe('webhooks', () => {
  it('create, get, list by event, delete', async () => {
    const hook = await api.client.webhooks.create({
      events: ['video.encoding.quality.completed'],
      url: 'http://127.0.0.1:9/hook',
    });
    expect(hook.webhookId).toMatch(/^webhook_/);
    expect(hook.signatureSecret).toBeTruthy();
    const live = await api.client.webhooks.create({
      events: ['live-stream.broadcast.started', 'live-stream.broadcast.ended'],
      url: 'http://127.0.0.1:9/live',
    });
    expect((await api.client.webhooks.get(hook.webhookId!)).url).toBe('http://127.0.0.1:9/hook');
    const filtered = await api.client.webhooks.list({ events: 'live-stream.broadcast.started' });
    expect(filtered.data.map((w) => w.webhookId)).toEqual([live.webhookId]);
    expect((await api.client.webhooks.list()).pagination.itemsTotal).toBe(2);
    await api.client.webhooks.delete(hook.webhookId!);
    expect(errorFields(await rejection(api.client.webhooks.get(hook.webhookId!))).code).toBe(404);
  });
});
