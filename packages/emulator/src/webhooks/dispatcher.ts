import { deliverWebhook, type DeliveryOptions, type DeliveryResult } from './deliver.js';
import type { WebhookEventPayloads, WebhookEventType, WebhookTarget } from './events.js';

/** Sends events to the registered webhooks in the background. */
export interface WebhookDispatcher {
  /**
   * Delivers `{type, emittedAt, ...payload}` to every webhook subscribed to `type`. Returns at once; never throws.
   * The returned promise (which also never rejects) settles when every delivery and its retries are over.
   */
  emit<T extends WebhookEventType>(type: T, payload: WebhookEventPayloads[T]): Promise<DeliveryResult[]>;
  /** Resolves when every delivery in flight is over. */
  drain(): Promise<void>;
  /** Stops retrying and waits for attempts in flight. */
  close(): Promise<void>;
}

/** Where the dispatcher finds webhooks, plus delivery tuning. */
export interface WebhookDispatcherOptions extends Omit<DeliveryOptions, 'signal'> {
  /** The registered webhooks (read at each emit, so new registrations count at once). */
  listWebhooks: () => readonly WebhookTarget[] | Promise<readonly WebhookTarget[]>;
  /** Told about each finished delivery, e.g. for logging. */
  onDelivery?: (result: DeliveryResult, type: WebhookEventType) => void;
}

/** Creates a dispatcher. api.video's `emittedAt` is an ISO 8601 timestamp with a UTC offset. */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { listWebhooks, onDelivery, ...delivery } = options;
  const controller = new AbortController();
  const inFlight = new Set<Promise<unknown>>();

  async function send<T extends WebhookEventType>(type: T, payload: WebhookEventPayloads[T]) {
    const targets = (await listWebhooks()).filter((w) => w.events.includes(type));
    const body = JSON.stringify({ type, emittedAt: new Date().toISOString().replace('Z', '+00:00'), ...payload });
    return Promise.all(
      targets.map(async (target) => {
        const result = await deliverWebhook(target, body, { ...delivery, signal: controller.signal });
        try {
          onDelivery?.(result, type);
        } catch {
          // A logging callback must not break deliveries.
        }
        return result;
      }),
    );
  }

  return {
    emit(type, payload) {
      if (controller.signal.aborted) return Promise.resolve([]);
      const task = send(type, payload).catch(() => [] as DeliveryResult[]);
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      return task;
    },
    async drain() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    async close() {
      controller.abort();
      await Promise.all(inFlight);
    },
  };
}
