import { createHmac } from 'node:crypto';

/** `X-Api-Video-Signature`: the HMAC-SHA256 of the exact body bytes with the webhook's `signatureSecret`, hex. */
export function signWebhookBody(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}
