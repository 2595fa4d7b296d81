import { randomBytes, randomUUID } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random base62 string of `length` characters. */
export function base62(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const b = bytes[i]!;
    // Rejection sampling keeps the distribution uniform over 62 symbols.
    if (b < 248) out += ALPHABET[b % 62];
  }
  return out.length === length ? out : out + base62(length - out.length);
}

/** An id shaped like api.video's: a prefix (`vi`, `li`, `to`, `pt`, `webhook_`, …) and 22 base62 characters. */
export function newId(prefix: string): string {
  return prefix + base62(22);
}

/** A live stream key shaped like api.video's (a UUID). */
export function newStreamKey(): string {
  return randomUUID();
}

/** Ids the emulator generated contain only these characters; anything else cannot name a resource. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
