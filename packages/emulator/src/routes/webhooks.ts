import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import { paginate } from '../http/pagination.js';
import { invalidAttribute, notFound } from '../problems.js';
import type { WebhookEvent, WebhookRecord } from '../store/types.js';
import { newId } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps } from './deps.js';

export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
  'live-stream.broadcast.started',
  'live-stream.broadcast.ended',
  'video.source.recorded',
  'video.encoding.quality.completed',
  'video.caption.generated',
  'video.summary.generated',
];

/** Webhook subscriptions (CRUD). Deliveries are the webhooks module's job. */
export function registerWebhookRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  app.get('/webhooks', async (request) => {
    const events = (request.query as Record<string, unknown>)['events'];
    const wanted = typeof events === 'string' && events !== '' ? events.split(',') : undefined;
    const hooks = deps.webhooks.all().filter((hook) => !wanted || hook.events.some((e) => wanted.includes(e)));
    return paginate(request, ctx.url, hooks);
  });

  app.post('/webhooks', async (request, reply) => {
    const body = readBody<{ events: WebhookEvent[]; url: string }>(
      request.body,
      { events: { type: 'string[]', enum: WEBHOOK_EVENTS }, url: { type: 'string' } },
      ['events', 'url'],
    );
    let url: URL;
    try {
      url = new URL(body.url);
    } catch {
      throw invalidAttribute('url', 'This attribute must be an http(s) URL.');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw invalidAttribute('url', 'This attribute must be an http(s) URL.');
    }
    if (body.events.length === 0) throw invalidAttribute('events', 'This attribute must list at least one event.');
    const hook: WebhookRecord = {
      webhookId: newId('webhook_'),
      createdAt: timestamp(),
      events: [...new Set(body.events)],
      url: body.url,
      signatureSecret: randomBytes(24).toString('hex'),
    };
    deps.webhooks.insert(hook.webhookId, hook);
    ctx.events.emit('webhook:created', { webhookId: hook.webhookId });
    return reply.code(201).send(hook);
  });

  app.get<{ Params: { webhookId: string } }>('/webhooks/:webhookId', async (request) => {
    const hook = deps.webhooks.get(request.params.webhookId);
    if (!hook) throw notFound('webhookId');
    return hook;
  });

  app.delete<{ Params: { webhookId: string } }>('/webhooks/:webhookId', async (request, reply) => {
    if (!deps.webhooks.delete(request.params.webhookId)) throw notFound('webhookId');
    return reply.code(204).send();
  });
}
