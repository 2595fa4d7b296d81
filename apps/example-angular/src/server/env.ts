import { createApiClient, type ApiClient } from '@vidkit/core';

/** The emulator's public development key and address: what runs when no environment variable is set. */
const EMULATOR_KEY = 'vidkit_dev_emulator_key_not_a_secret';
const EMULATOR_URL = 'http://127.0.0.1:4010';

/**
 * Where api.video is, from the server's environment: `VIDKIT_API_KEY` (never sent to a browser) and
 * `VIDKIT_API_BASE_URL` (`https://ws.api.video`, `https://sandbox.api.video`, or the emulator).
 */
export function apiVideoEnv() {
  return {
    apiKey: process.env['VIDKIT_API_KEY'] || EMULATOR_KEY,
    apiBaseUrl: process.env['VIDKIT_API_BASE_URL'] || EMULATOR_URL,
  };
}

let client: ApiClient | undefined;

/** One API client for the server, authenticated with the API key. */
export function apiVideo(): ApiClient {
  return (client ??= createApiClient(apiVideoEnv()));
}
