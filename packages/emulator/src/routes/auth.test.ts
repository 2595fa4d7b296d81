import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProblem, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';
import { Tokens } from './auth.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ apiKey: 'test-key-123' });
});
afterAll(async () => {
  await emulator.dispose();
});

async function login(): Promise<{
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: string;
}> {
  const response = await emulator.call('/auth/api-key', {
    method: 'POST',
    auth: false,
    json: { apiKey: 'test-key-123' },
  });
  expect(response.status).toBe(200);
  return response.json() as never;
}

describe('auth', () => {
  it('issues bearer tokens for the API key, valid for 3600 s', async () => {
    const tokens = await login();
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const response = await emulator.call('/videos', { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(response.status).toBe(200);
  });

  it('accepts Basic with the API key as user and refuses other keys', async () => {
    const basic = (user: string) => `Basic ${Buffer.from(`${user}:`).toString('base64')}`;
    expect((await emulator.call('/videos', { headers: { authorization: basic('test-key-123') } })).status).toBe(200);
    const wrong = await emulator.call('/videos', { headers: { authorization: basic('other') } });
    expect(wrong.status).toBe(401);
    expect(isProblem(await wrong.json(), 401)).toBe(true);
  });

  it('refuses a wrong API key at /auth/api-key with api.video’s 400', async () => {
    const response = await emulator.call('/auth/api-key', { method: 'POST', auth: false, json: { apiKey: 'nope' } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.type).toBe('https://docs.api.video/reference/authentication-invalid-user-credentials');
  });

  it('refreshes once: a used refresh token stops working, the new pair works', async () => {
    const first = await login();
    const refresh = (token: string) =>
      emulator.call('/auth/refresh', { method: 'POST', auth: false, json: { refreshToken: token } });
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    const pair = (await second.json()) as { access_token: string; refresh_token: string };
    expect(pair.access_token).not.toBe(first.access_token);
    const again = await refresh(first.refresh_token);
    expect(again.status).toBe(400);
    expect(isProblem(await again.json(), 400)).toBe(true);
    expect((await refresh(pair.refresh_token)).status).toBe(200);
    expect((await refresh('unknown')).status).toBe(400);
  });

  it('refuses unknown and malformed bearer tokens with 401', async () => {
    for (const authorization of ['Bearer nope', 'Bearer', 'Token abc', 'Basic !!!']) {
      const response = await emulator.call('/videos', { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
      expect(isProblem(await response.json(), 401)).toBe(true);
    }
  });
});

describe('token expiry', () => {
  it('POST /_emulator/auth/expire-tokens expires every access token; refresh tokens keep working', async () => {
    const first = await login();
    const second = await login();
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    expect((await emulator.call('/videos', bearer(first.access_token))).status).toBe(200);
    const expire = await emulator.call('/_emulator/auth/expire-tokens', { method: 'POST', auth: false, json: {} });
    expect(expire.status).toBe(200);
    expect(((await expire.json()) as { expired: number }).expired).toBeGreaterThanOrEqual(2);
    for (const { access_token } of [first, second]) {
      const refused = await emulator.call('/videos', bearer(access_token));
      expect(refused.status).toBe(401);
      expect(isProblem(await refused.json(), 401)).toBe(true);
    }
    const renewed = await emulator.call('/auth/refresh', {
      method: 'POST',
      auth: false,
      json: { refreshToken: first.refresh_token },
    });
    expect(renewed.status).toBe(200);
    const pair = (await renewed.json()) as { access_token: string };
    expect((await emulator.call('/videos', bearer(pair.access_token))).status).toBe(200);
  });

  it('an access token is refused after 3600 s', async () => {
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(':memory:');
    db.exec(
      'CREATE TABLE auth_tokens (token TEXT PRIMARY KEY, kind TEXT NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)',
    );
    const tokens = new Tokens({ db } as never);
    const now = Date.now();
    const pair = tokens.issue(now) as { access_token: string };
    expect(tokens.isValidAccess(pair.access_token, now + 3599_000)).toBe(true);
    expect(tokens.isValidAccess(pair.access_token, now + 3600_000)).toBe(false);
    db.close();
  });
});
