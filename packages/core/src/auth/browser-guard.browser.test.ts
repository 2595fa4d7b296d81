import { describe, expect, it } from 'vitest';
import { ErrorCode, OptionsError } from '../errors.js';
import { createApiClient } from '../client/api-client.js';
import { createCredentialProvider } from './credentials.js';

describe('browser guard in Chromium', () => {
  it('refuses an API key and explains delegated upload tokens', () => {
    let error: unknown;
    try {
      createApiClient({ apiKey: 'key' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).code).toBe(ErrorCode.ApiKeyInBrowser);
    expect((error as OptionsError).message).toMatch(/upload token/);
    expect(() => createCredentialProvider({ apiKey: 'key' })).toThrow(OptionsError);
  });

  it('accepts an API key with dangerouslyAllowBrowser, and a client without a key', () => {
    expect(() => createApiClient({ apiKey: 'key', dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => createApiClient({ accessToken: 'token' })).not.toThrow();
    expect(() => createApiClient()).not.toThrow();
  });
});
