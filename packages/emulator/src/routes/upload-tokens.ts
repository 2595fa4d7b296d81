import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import { paginate, sortByQuery, sortItems, sortOrderQuery } from '../http/pagination.js';
import { notFound } from '../problems.js';
import type { UploadTokenRecord } from '../store/types.js';
import { newId } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import type { RouteDeps } from './deps.js';

/** Whether a token is usable: it exists and its ttl has not run out. */
export function activeUploadToken(deps: RouteDeps, token: string, now = Date.now()): UploadTokenRecord | undefined {
  const record = deps.uploadTokens.get(token);
  if (!record) return undefined;
  if (record.expiresAt !== null && Date.parse(record.expiresAt) <= now) return undefined;
  return record;
}

/** Delegated upload tokens: create with `ttl`, list, get, delete. */
export function registerUploadTokenRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/upload-tokens', async (request) => {
    const query = request.query as Record<string, unknown>;
    const sortBy = sortByQuery(query, ['createdAt', 'ttl'] as const);
    const now = Date.now();
    const tokens = deps.uploadTokens.all().filter((t) => activeUploadToken(deps, t.token, now));
    const sorted =
      sortBy === 'ttl' ? sortByTtl(tokens, sortOrderQuery(query)) : sortItems(tokens, sortBy, sortOrderQuery(query));
    return paginate(request, deps.ctx.url, sorted);
  });

  app.post('/upload-tokens', async (request, reply) => {
    const body = readBody<{ ttl?: number }>(request.body, { ttl: { type: 'integer', min: 0, max: 2147483647 } });
    const ttl = body.ttl ?? 0;
    const now = Date.now();
    const record: UploadTokenRecord = {
      token: newId('to'),
      ttl,
      createdAt: timestamp(now),
      expiresAt: ttl === 0 ? null : timestamp(now + ttl * 1000),
    };
    deps.uploadTokens.insert(record.token, record);
    return reply.code(200).send(record);
  });

  app.get<{ Params: { uploadToken: string } }>('/upload-tokens/:uploadToken', async (request) => {
    const record = activeUploadToken(deps, request.params.uploadToken);
    if (!record) throw notFound('uploadToken');
    return record;
  });

  app.delete<{ Params: { uploadToken: string } }>('/upload-tokens/:uploadToken', async (request, reply) => {
    if (!deps.uploadTokens.delete(request.params.uploadToken)) throw notFound('uploadToken');
    return reply.code(204).send();
  });
}

function sortByTtl(tokens: UploadTokenRecord[], order: 'asc' | 'desc'): UploadTokenRecord[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...tokens].sort((a, b) => sign * (a.ttl - b.ttl));
}
