import type { TestEmulator } from '../test-support/emulator.js';

export const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
export const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

/** One event: `[eat, typ, vti, pau]`. */
export type Ev = [number, number, number, boolean];

/** A beacon as the web modules build it. */
export function beacon(pid: string, mid: string, events: Ev[], extra: Record<string, unknown> = {}) {
  return {
    sat: Date.now(),
    sid: 'session-1',
    mid,
    pid,
    ref: 'https://example.com/watch',
    ver: 'test-1.0.0',
    eve: events.map(([eat, typ, vti, pau]) => ({ eat, typ, vti, vwi: 320, vhe: 180, pau, eco: 0 })),
    ...extra,
  };
}

/** Sends a beacon as a browser's XHR does: a string body, so `text/plain;charset=UTF-8`. */
export function send(emulator: TestEmulator, body: unknown, userAgent = CHROME, headers: Record<string, string> = {}) {
  return emulator.call('/watch', {
    method: 'POST',
    auth: false,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': userAgent, ...headers },
  });
}
