import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from './verify-signature.js';

const secret = 'sig_sec_test';
const body = '{"type":"video.encoding.quality.completed","emittedAt":"2026-01-31T10:17:47+00:00","videoId":"vi1"}';
const sign = (data: string | Buffer, key = secret) => createHmac('sha256', key).update(data).digest('hex');

describe('verifyWebhookSignature', () => {
  it('accepts the signature of the exact body, as a string or as bytes', async () => {
    const signature = sign(body);
    expect(await verifyWebhookSignature(body, signature, secret)).toBe(true);
    expect(await verifyWebhookSignature(Buffer.from(body), signature, secret)).toBe(true);
    expect(await verifyWebhookSignature(new TextEncoder().encode(body).buffer, signature, secret)).toBe(true);
    expect(await verifyWebhookSignature(body, signature.toUpperCase(), secret)).toBe(true);
    expect(await verifyWebhookSignature(body, [signature], secret)).toBe(true);
    // A Buffer that is a slice of a larger pool.
    const pooled = Buffer.from(`xx${body}yy`).subarray(2, 2 + Buffer.byteLength(body));
    expect(await verifyWebhookSignature(pooled, signature, secret)).toBe(true);
  });

  it('checks bytes, not characters: non-ASCII bodies', async () => {
    const text = '{"title":"Été — 東京"}';
    expect(await verifyWebhookSignature(text, sign(Buffer.from(text, 'utf8')), secret)).toBe(true);
  });

  it.each([
    ['a missing header', undefined],
    ['a null header', null],
    ['an empty header', ''],
    ['a forged signature', sign(body, 'other secret')],
    ['a signature of another body', sign(`${body} `)],
    ['a truncated signature', sign(body).slice(0, 63)],
    ['a signature too long', `${sign(body)}00`],
    ['a signature of the wrong length', 'abcd'],
    ['base64 instead of hex', createHmac('sha256', secret).update(body).digest('base64')],
    ['non-hex characters', 'z'.repeat(64)],
    ['several headers', [sign(body), sign(body)]],
  ])('resolves false, never throws, for %s', async (_name, header) => {
    await expect(verifyWebhookSignature(body, header as string, secret)).resolves.toBe(false);
  });

  it('resolves false for an empty secret or a body that is neither text nor bytes', async () => {
    expect(await verifyWebhookSignature(body, sign(body, ''), '')).toBe(false);
    expect(await verifyWebhookSignature({ parsed: true } as never, sign(body), secret)).toBe(false);
    expect(await verifyWebhookSignature(body, sign(body), undefined as never)).toBe(false);
  });
});
