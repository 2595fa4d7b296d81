export { signWebhookBody } from './sign.js';
export { deliverWebhook, type DeliveryOptions, type DeliveryResult } from './deliver.js';
export { createWebhookDispatcher, type WebhookDispatcher, type WebhookDispatcherOptions } from './dispatcher.js';
export type { WebhookEventPayloads, WebhookEventType, WebhookTarget } from './events.js';
export { emitWebhook, webhooksFor } from './for-context.js';
