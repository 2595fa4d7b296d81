import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StatementSync } from 'node:sqlite';
import type { EmulatorContext } from '../context.js';
import { readBody } from '../http/body.js';
import { ApiProblem } from '../problems.js';
import { ADMIN_PREFIX } from './admin.js';

/** Lifetime of an access token, in seconds (api.video: one hour). */
export const ACCESS_TOKEN_TTL = 3600;
/** How long a refresh token stays usable if it is never used. */
const REFRESH_TOKEN_TTL = 30 * 24 * 3600;

const invalidCredentials = () =>
  new ApiProblem(400, 'authentication-invalid-user-credentials', 'The user credentials were incorrect.', '');

function base64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

/** Access and refresh tokens, persisted so that a restart keeps sessions. */
export class Tokens {
  readonly #insert: StatementSync;
  readonly #get: StatementSync;
  readonly #use: StatementSync;
  readonly #expire: StatementSync;
  readonly #secret = randomBytes(32);

  constructor(ctx: EmulatorContext) {
    this.#insert = ctx.db.prepare('INSERT INTO auth_tokens (token, kind, expires_at, used) VALUES (?, ?, ?, 0)');
    this.#get = ctx.db.prepare('SELECT kind, expires_at, used FROM auth_tokens WHERE token = ?');
    this.#use = ctx.db.prepare('UPDATE auth_tokens SET used = 1 WHERE token = ? AND used = 0');
    this.#expire = ctx.db.prepare("UPDATE auth_tokens SET expires_at = ? WHERE kind = 'access' AND expires_at > ?");
  }

  /** A new access/refresh pair, shaped like api.video's `AccessToken`. */
  issue(now = Date.now()): Record<string, unknown> {
    const iat = Math.floor(now / 1000);
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const payload = base64url(
      JSON.stringify({
        aud: 'vidkit-emulator',
        jti: randomBytes(16).toString('hex'),
        iat,
        exp: iat + ACCESS_TOKEN_TTL,
      }),
    );
    const signature = base64url(createHmac('sha256', this.#secret).update(`${header}.${payload}`).digest());
    const access = `${header}.${payload}.${signature}`;
    const refresh = randomBytes(32).toString('hex');
    this.#insert.run(access, 'access', now + ACCESS_TOKEN_TTL * 1000);
    this.#insert.run(refresh, 'refresh', now + REFRESH_TOKEN_TTL * 1000);
    return { token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL, access_token: access, refresh_token: refresh };
  }

  isValidAccess(token: string, now = Date.now()): boolean {
    const row = this.#get.get(token) as { kind: string; expires_at: number } | undefined;
    return row !== undefined && row.kind === 'access' && Number(row.expires_at) > now;
  }

  /** Expires every access token still valid (refresh tokens keep working); answers how many. */
  expireAccess(now = Date.now()): number {
    return Number(this.#expire.run(now, now).changes);
  }

  /** Marks a refresh token used; false when it is unknown, expired or already used. */
  useRefresh(token: string, now = Date.now()): boolean {
    const row = this.#get.get(token) as { kind: string; expires_at: number; used: number } | undefined;
    if (!row || row.kind !== 'refresh' || Number(row.expires_at) <= now || Number(row.used) !== 0) return false;
    return Number(this.#use.run(token).changes) === 1;
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Checks the `Authorization` header: Basic with the API key as user, or a Bearer access token. */
export function authenticate(ctx: EmulatorContext, tokens: Tokens, request: FastifyRequest): void {
  const header = request.headers.authorization;
  if (!header) {
    throw new ApiProblem(401, 'authentication-required', 'This request requires authentication.', '');
  }
  const [scheme = '', value = ''] = header.split(' ', 2);
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
    if (sameSecret(user, ctx.options.apiKey)) return;
    throw new ApiProblem(401, 'authentication-invalid-user-credentials', 'The user credentials were incorrect.', '');
  }
  if (scheme.toLowerCase() === 'bearer' && tokens.isValidAccess(value.trim())) return;
  throw new ApiProblem(401, 'authentication-invalid-token', 'The access token is invalid or has expired.', '');
}

/** `POST /auth/api-key`, `POST /auth/refresh`, and the admin `POST /_emulator/auth/expire-tokens`. */
export function registerAuthRoutes(app: FastifyInstance, ctx: EmulatorContext, tokens: Tokens): void {
  app.post('/auth/api-key', async (request, reply) => {
    const body = readBody<{ apiKey: string }>(request.body, { apiKey: { type: 'string' } }, ['apiKey']);
    if (!sameSecret(body.apiKey, ctx.options.apiKey)) throw invalidCredentials();
    return reply.code(200).send(tokens.issue());
  });
  app.post('/auth/refresh', async (request, reply) => {
    const body = readBody<{ refreshToken: string }>(request.body, { refreshToken: { type: 'string' } }, [
      'refreshToken',
    ]);
    if (!tokens.useRefresh(body.refreshToken)) throw invalidCredentials();
    return reply.code(200).send(tokens.issue());
  });
  // Lets tests make a client meet an expired bearer token without waiting an hour.
  app.post(`${ADMIN_PREFIX}/auth/expire-tokens`, async () => ({ expired: tokens.expireAccess() }));
}
