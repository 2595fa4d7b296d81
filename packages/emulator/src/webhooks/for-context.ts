import type { EmulatorContext } from '../context.js';
import { createWebhookDispatcher, type WebhookDispatcher } from './dispatcher.js';
import type { DeliveryResult } from './deliver.js';
import type { WebhookEventPayloads, WebhookEventType } from './events.js';

const dispatchers = new WeakMap<EmulatorContext, WebhookDispatcher>();

/**
 * The emulator's one webhook dispatcher, reading the webhooks registered through `POST /webhooks`.
 * Created on first use; closed (retries stopped) when the emulator stops.
 */
export function webhooksFor(ctx: EmulatorContext): WebhookDispatcher {
  let dispatcher = dispatchers.get(ctx);
  if (!dispatcher) {
    const created = createWebhookDispatcher({
      listWebhooks: () => ctx.webhooks.list(),
      onDelivery: (result, type) => {
        if (!result.ok) {
          ctx.log(
            'warn',
            `webhook ${result.webhookId} (${type}) not delivered after ${result.attempts} attempts: ${result.error}`,
          );
        }
      },
    });
    ctx.onStop.push(() => created.close());
    dispatchers.set(ctx, created);
    dispatcher = created;
  }
  return dispatcher;
}

/**
 * Sends a webhook event to every webhook registered for it, in the background. Never throws, never blocks.
 * @example emitWebhook(ctx, 'live-stream.broadcast.started', { liveStreamId })
 */
export function emitWebhook<T extends WebhookEventType>(
  ctx: EmulatorContext,
  type: T,
  payload: WebhookEventPayloads[T],
): Promise<DeliveryResult[]> {
  return webhooksFor(ctx).emit(type, payload);
}
