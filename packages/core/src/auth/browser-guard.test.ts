import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../client/api-client.js';
import { ErrorCode } from '../errors.js';
import { isBrowserLike } from '../internal/environment.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser guard in Node', () => {
  it('accepts an API key on a server', () => {
    expect(() => createApiClient({ apiKey: 'key' })).not.toThrow();
    expect(isBrowserLike()).toBe(false);
  });

  it('lets authenticate() send the key from a server', async () => {
    const client = createApiClient({ apiBaseUrl: 'http://127.0.0.1:9', retry: false });
    const error = await client.auth.authenticate('key').catch((caught: unknown) => caught);
    // Refused by the network (nothing listens on port 9), not by the guard.
    expect(error).toMatchObject({ code: expect.not.stringMatching(ErrorCode.ApiKeyInBrowser) });
  });

  it('does not take a server runtime with worker globals for a browser', () => {
    // Deno, Bun and edge workers expose worker globals but name themselves in navigator.userAgent.
    vi.stubGlobal('importScripts', () => undefined);
    for (const userAgent of ['Node.js/24', 'Deno/2.1.0', 'Bun/1.2.0', 'Cloudflare-Workers']) {
      vi.stubGlobal('navigator', { userAgent });
      expect(isBrowserLike(), userAgent).toBe(false);
    }
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' });
    expect(isBrowserLike()).toBe(true);
  });
});
