import { describe, expect, it } from 'vitest';
import { createApiClient } from '../client/api-client.js';

describe('browser guard in Node', () => {
  it('accepts an API key on a server', () => {
    expect(() => createApiClient({ apiKey: 'key' })).not.toThrow();
  });
});
