import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, QueryOf, Webhook } from '../client/types.js';

/** Webhook subscriptions (`/webhooks`). Verify deliveries with their `signatureSecret`. */
export function webhooksResource(http: HttpClient) {
  const path = (webhookId: string) => `/webhooks/${encodeURIComponent(webhookId)}`;
  return {
    /** Lists webhooks, optionally by event (`GET /webhooks`). */
    list: (query?: QueryOf<'LIST-webhooks'>, options?: RequestOptions) =>
      paginate<Webhook>(http, { operation: 'LIST-webhooks', method: 'GET', path: '/webhooks', query }, options),
    /** Subscribes a URL to events (`POST /webhooks`). */
    create: (body: BodyOf<'POST-webhooks'>, options?: RequestOptions) =>
      http.request<Webhook>({ operation: 'POST-webhooks', method: 'POST', path: '/webhooks', body }, options),
    /** Gets a webhook (`GET /webhooks/{webhookId}`). */
    get: (webhookId: string, options?: RequestOptions) =>
      http.request<Webhook>({ operation: 'GET-Webhook', method: 'GET', path: path(webhookId) }, options),
    /** Deletes a webhook (`DELETE /webhooks/{webhookId}`). */
    delete: (webhookId: string, options?: RequestOptions) =>
      http.request<void>({ operation: 'DELETE-webhook', method: 'DELETE', path: path(webhookId) }, options),
  };
}

/** The webhooks resource's methods. */
export type WebhooksResource = ReturnType<typeof webhooksResource>;
