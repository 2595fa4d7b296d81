import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { ErrorCode, OptionsError } from '../errors.js';
import { createApiClient } from '../client/api-client.js';
import { createCredentialProvider } from './credentials.js';
import { probeGuard } from './test-support/guard-probe.js';
import type { ProbeResult } from './test-support/guard-probe.js';

const emulatorUrl = inject('emulatorUrl');

/** Every path refuses the key with the same code; only the explicit escape hatch lets it through. */
const REFUSED_EVERYWHERE = {
  browserLike: 'true',
  createApiClient: ErrorCode.ApiKeyInBrowser,
  createCredentialProvider: ErrorCode.ApiKeyInBrowser,
  authenticate: ErrorCode.ApiKeyInBrowser,
  authResource: ErrorCode.ApiKeyInBrowser,
  createUpload: ErrorCode.ApiKeyInBrowser,
  createProgressiveUpload: ErrorCode.ApiKeyInBrowser,
  createUploadQueue: ErrorCode.ApiKeyInBrowser,
  queueAddWithKey: ErrorCode.ApiKeyInBrowser,
  dangerouslyAllowBrowser: 'allowed',
};

async function authRequests(): Promise<number> {
  const counts = (await (await fetch(`${emulatorUrl}/_emulator/requests`)).json()) as Record<string, number>;
  return counts['POST /auth/api-key'] ?? 0;
}

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

  it('closes every path in a page, and no key reaches the API', async () => {
    const before = await authRequests();
    expect(await probeGuard(emulatorUrl)).toEqual(REFUSED_EVERYWHERE);
    expect(await authRequests()).toBe(before);
  });

  it('closes every path in a dedicated worker', async () => {
    const worker = new Worker(new URL('./test-support/guard-worker.ts', import.meta.url), { type: 'module' });
    try {
      const result = await new Promise<ProbeResult>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<ProbeResult>) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(`worker failed: ${event.message}`));
        worker.postMessage({ apiBaseUrl: emulatorUrl });
      });
      expect(result).toEqual(REFUSED_EVERYWHERE);
    } finally {
      worker.terminate();
    }
  });

  it('closes every path in a service worker', async () => {
    const url = new URL('./test-support/guard-service-worker.ts', import.meta.url);
    const registration = await navigator.serviceWorker.register(url, { type: 'module', scope: url.pathname });
    try {
      const worker = registration.installing ?? registration.waiting ?? registration.active!;
      if (worker.state !== 'activated') {
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        );
      }
      const channel = new MessageChannel();
      const result = await new Promise<ProbeResult>((resolve) => {
        channel.port1.onmessage = (event: MessageEvent<ProbeResult>) => resolve(event.data);
        worker.postMessage({ apiBaseUrl: emulatorUrl }, [channel.port2]);
      });
      expect(result).toEqual(REFUSED_EVERYWHERE);
    } finally {
      await registration.unregister();
    }
  });
});
