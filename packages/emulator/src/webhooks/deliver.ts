import { signWebhookBody } from './sign.js';
import type { WebhookTarget } from './events.js';

/** How one delivery went. */
export interface DeliveryResult {
  webhookId: string;
  ok: boolean;
  /** Last HTTP status, when the receiver answered at all. */
  status?: number;
  attempts: number;
  error?: string;
}

/** Delivery tuning; the defaults suit a local receiver. */
export interface DeliveryOptions {
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** Delay before the first retry, doubled each time. Default 500 ms. */
  backoffMs?: number;
  /** Per-attempt timeout. Default 5000 ms. */
  timeoutMs?: number;
  /** Stops retrying (e.g. the emulator is stopping). */
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * POSTs one signed body to one webhook, retrying on network errors, 5xx and 429 with doubling delays.
 * Never rejects: the outcome is the resolved `DeliveryResult`.
 */
export async function deliverWebhook(
  target: WebhookTarget,
  body: string,
  options: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const { retries = 3, backoffMs = 500, timeoutMs = 5000, signal } = options;
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'vidkit-emulator-webhooks',
    'x-api-video-webhookid': target.webhookId,
    'x-api-video-signature': signWebhookBody(body, target.signatureSecret),
  };
  const result: DeliveryResult = { webhookId: target.webhookId, ok: false, attempts: 0 };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (signal?.aborted) break;
    if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1), signal);
    if (signal?.aborted) break;
    result.attempts++;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      result.status = response.status;
      if (response.ok) {
        result.ok = true;
        delete result.error;
        return result;
      }
      result.error = `HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 429) return result;
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
    }
  }
  return result;
}
