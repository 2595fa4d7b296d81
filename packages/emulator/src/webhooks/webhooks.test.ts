import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
// Core's receiver-side check, the one the README shows, read from its source: a package dependency on core would
// close a cycle (core's tests depend on the emulator).
import { verifyWebhookSignature } from '../../../core/src/webhooks/verify-signature.js';
import { createWebhookDispatcher, type WebhookTarget } from './index.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = undefined;
});

/** A receiver on loopback that answers each request with the next status in `statuses` (then 202). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 202;
      res.end();
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

const target = (url: string, events = ['video.encoding.quality.completed']): WebhookTarget => ({
  webhookId: 'webhook_1234567890abcdefghij',
  url,
  signatureSecret: 'sig_sec_test',
  events,
});

describe('webhook delivery', () => {
  it('POSTs a signed JSON body with api.video headers to subscribed webhooks only', async () => {
    const { url, received } = await receiver();
    const dispatcher = createWebhookDispatcher({
      listWebhooks: () => [target(url), target(url, ['live-stream.broadcast.started'])],
    });
    const results = await dispatcher.emit('video.encoding.quality.completed', {
      videoId: 'vi123',
      encoding: 'hls',
      quality: '720p',
    });
    expect(results).toMatchObject([{ ok: true, status: 202, attempts: 1 }]);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    const body = JSON.parse(delivery!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'video.encoding.quality.completed',
      videoId: 'vi123',
      encoding: 'hls',
      quality: '720p',
    });
    expect(String(body.emittedAt)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
    expect(delivery!.headers['content-type']).toBe('application/json');
    expect(delivery!.headers['x-api-video-webhookid']).toBe('webhook_1234567890abcdefghij');
    const expected = createHmac('sha256', 'sig_sec_test').update(delivery!.body).digest('hex');
    expect(delivery!.headers['x-api-video-signature']).toBe(expected);
    const header = delivery!.headers['x-api-video-signature'];
    expect(await verifyWebhookSignature(delivery!.body, header, 'sig_sec_test')).toBe(true);
    expect(await verifyWebhookSignature(delivery!.body, header, 'other')).toBe(false);
    expect(await verifyWebhookSignature(`${delivery!.body} `, header, 'sig_sec_test')).toBe(false);
    // What the README's former snippet threw on: a missing or short header.
    expect(await verifyWebhookSignature(delivery!.body, undefined, 'sig_sec_test')).toBe(false);
    expect(await verifyWebhookSignature(delivery!.body, 'abcd', 'sig_sec_test')).toBe(false);
  });

  it('retries a 5xx with backoff, and gives up on a 4xx at once', async () => {
    const { url, received } = await receiver([500, 503, 200, 404]);
    const dispatcher = createWebhookDispatcher({ listWebhooks: () => [target(url)], backoffMs: 10 });
    const [first] = await dispatcher.emit('video.encoding.quality.completed', {
      videoId: 'vi1',
      encoding: 'mp4',
      quality: '360p',
    });
    expect(first).toMatchObject({ ok: true, attempts: 3, status: 200 });
    const [second] = await dispatcher.emit('video.encoding.quality.completed', {
      videoId: 'vi1',
      encoding: 'mp4',
      quality: '360p',
    });
    expect(second).toMatchObject({ ok: false, attempts: 1, status: 404 });
    expect(received).toHaveLength(4);
    // Each retry carries the same body and signature.
    expect(new Set(received.slice(0, 3).map((r) => r.body)).size).toBe(1);
  });

  it('never throws when the receiver is unreachable or the webhook list fails', async () => {
    const dead = createWebhookDispatcher({
      listWebhooks: () => [target('http://127.0.0.1:9/nothing-listens-here')],
      retries: 1,
      backoffMs: 1,
    });
    const results = await dead.emit('video.encoding.quality.completed', {
      videoId: 'vi1',
      encoding: 'hls',
      quality: '240p',
    });
    expect(results).toMatchObject([{ ok: false, attempts: 2 }]);
    const broken = createWebhookDispatcher({
      listWebhooks: () => {
        throw new Error('db closed');
      },
    });
    await expect(broken.emit('live-stream.broadcast.ended', { liveStreamId: 'li1' })).resolves.toEqual([]);
    await dead.close();
    await broken.close();
  });
});
