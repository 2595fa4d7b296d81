const encoder = new TextEncoder();

/** The exact bytes of a body, or undefined for anything that is not one. */
function bodyBytes(rawBody: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  if (ArrayBuffer.isView(rawBody)) {
    // A copy: Web Crypto refuses views over a SharedArrayBuffer, and a Node Buffer may be a slice of a pool.
    const copy = new Uint8Array(rawBody.byteLength);
    copy.set(new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength));
    return copy;
  }
  return undefined;
}

/** The 32 bytes a hex SHA-256 signature spells, or undefined when it is not exactly that. */
function signatureBytes(header: unknown): Uint8Array | undefined {
  const value = Array.isArray(header) && header.length === 1 ? (header[0] as unknown) : header;
  if (typeof value !== 'string') return undefined;
  const hex = value.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks the `X-Api-Video-Signature` header of a webhook delivery: the hex HMAC-SHA256 of the exact body bytes,
 * keyed with the webhook's `signatureSecret`. Built on Web Crypto, so it runs in Node, Deno, Bun, edge runtimes and
 * browsers. Compares in constant time, and resolves `false` (never rejects) for anything but a valid signature: a
 * missing, forged, truncated or non-hex header, an empty secret, a body that is not text or bytes.
 *
 * Pass the body exactly as received (a string or bytes), before any JSON parsing: re-serialised JSON is not the
 * same bytes.
 *
 * @param rawBody The request body as received: a string, an `ArrayBuffer` or a `Uint8Array` (a Node `Buffer`).
 * @param signatureHeader The `X-Api-Video-Signature` header value.
 * @param secret The webhook's `signatureSecret` (from `POST /webhooks` or `GET /webhooks/{id}`).
 *
 * @example
 * // A fetch-style handler (Next.js route, Deno, Cloudflare Workers, Hono, …)
 * const body = await request.text();
 * if (!(await verifyWebhookSignature(body, request.headers.get('x-api-video-signature'), secret))) {
 *   return new Response('bad signature', { status: 401 });
 * }
 * const event = JSON.parse(body);
 */
export async function verifyWebhookSignature(
  rawBody: string | ArrayBuffer | ArrayBufferView,
  signatureHeader: string | readonly string[] | null | undefined,
  secret: string,
): Promise<boolean> {
  try {
    const body = bodyBytes(rawBody);
    const given = signatureBytes(signatureHeader);
    // Absent only on runtimes without Web Crypto (Node before 19 without a flag): then nothing verifies.
    const subtle = (globalThis.crypto as typeof globalThis.crypto | undefined)?.subtle;
    if (!body || !given || typeof secret !== 'string' || secret === '' || !subtle) return false;
    const key = await subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    const expected = new Uint8Array(await subtle.sign('HMAC', key, body));
    // Every byte is compared whatever the first difference, so the time taken says nothing about the secret.
    let difference = 0;
    for (let i = 0; i < expected.length; i++) difference |= expected[i]! ^ given[i]!;
    return difference === 0;
  } catch {
    return false;
  }
}
