import { createHmac, timingSafeEqual } from 'node:crypto';

/** `X-Api-Video-Signature`: the HMAC-SHA256 of the exact body bytes with the webhook's `signatureSecret`, hex. */
export function signWebhookBody(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** Checks a received body against its `X-Api-Video-Signature` (constant time). Handy for receivers and tests. */
export function verifyWebhookSignature(body: string, secret: string, signature: string): boolean {
  const expected = Buffer.from(signWebhookBody(body, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
