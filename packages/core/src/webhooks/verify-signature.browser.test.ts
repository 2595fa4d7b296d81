import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from './verify-signature.js';

// Signed in Node with createHmac('sha256', 'sig_sec_test'): the same bytes must verify with the browser's Web Crypto.
const body = '{"type":"video.encoding.quality.completed","videoId":"vi1"}';
const signature = 'ce2d25c1d7173c30eeaae3103ee815a0115a67c5114bb7f630ff8f304d925c45';

describe('verifyWebhookSignature in Chromium', () => {
  it('verifies a Node-made signature and refuses a forged one without throwing', async () => {
    expect(await verifyWebhookSignature(body, signature, 'sig_sec_test')).toBe(true);
    expect(await verifyWebhookSignature(new TextEncoder().encode(body), signature, 'sig_sec_test')).toBe(true);
    expect(await verifyWebhookSignature(body, signature, 'another secret')).toBe(false);
    expect(await verifyWebhookSignature(body, null, 'sig_sec_test')).toBe(false);
    expect(await verifyWebhookSignature(body, signature.slice(2), 'sig_sec_test')).toBe(false);
  });
});
