import { describe, expect, it } from 'vitest';
import { createApiClient } from '../client/api-client.js';
import { ErrorCode } from '../errors.js';
import { isBrowserLike } from '../internal/environment.js';

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
});
