import { pipeline } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { ApiProblem } from '../problems.js';
import { ADMIN_PREFIX } from '../routes/admin.js';
import { throttle } from './throttle.js';
import { requestKind } from './traffic.js';
import type { RateState, Traffic } from './traffic.js';

declare module 'fastify' {
  interface FastifyRequest {
    vidkitRate?: RateState;
  }
}

/** Delivery paths (the CDN hosts of api.video) and the analytics collector are not rate limited. */
const DELIVERY = /^\/(vod|live|embed)\/|^\/watch\/?(\?|$)/;

/** `/videos/:videoId/source` → `/videos/{videoId}/source`, the spec's spelling. */
export function routeKey(method: string, pattern: string | undefined): string {
  if (!pattern) return `${method} (unmatched)`;
  return `${method} ${pattern.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
}

function isAdmin(request: FastifyRequest): boolean {
  return request.url.startsWith(`${ADMIN_PREFIX}/`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SERVER_ERRORS = [500, 502, 503] as const;

function tooManyRequests(retryAfter: number): ApiProblem {
  return new ApiProblem(429, 'too-many-requests', 'Too many requests.', undefined, undefined, {
    'x-ratelimit-retry-after': String(retryAfter),
    'x-ratelimit-remaining': '0',
  });
}

/**
 * Request counting, `X-RateLimit-*` headers, optional real rate limiting and injected faults (drop, 5xx, 429,
 * latency, bandwidth). Admin routes are exempt from all of it.
 */
export function installTrafficHooks(app: FastifyInstance, ctx: EmulatorContext, traffic: Traffic): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (isAdmin(request)) return;
    const pattern = request.routeOptions.url;
    traffic.count(routeKey(request.method, pattern));
    if (request.method === 'OPTIONS') return;
    // Delivery (api.video's CDN and embed hosts) and paths no route answers draw from no budget.
    const limited = pattern !== undefined && !DELIVERY.test(request.url);
    const kind = requestKind(request.method, pattern ? routeKey('', pattern).trim() : undefined);
    const rate = limited ? traffic.take(kind, ctx.faults.rateLimit) : traffic.peek(kind, ctx.faults.rateLimit);
    request.vidkitRate = rate;
    const faults = ctx.faults;
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const roll = Math.random();
    if (roll < faults.dropRate) {
      reply.hijack();
      request.raw.socket?.destroy();
      return;
    }
    if (roll < faults.dropRate + faults.errorRate) {
      const status = SERVER_ERRORS[Math.floor(Math.random() * SERVER_ERRORS.length)]!;
      throw new ApiProblem(status, 'internal-error', 'An injected server error (emulator fault).', '');
    }
    if (roll < faults.dropRate + faults.errorRate + faults.rateLimitRate) throw tooManyRequests(rate.retryAfter);
    if (rate.exceeded) throw tooManyRequests(rate.retryAfter);
  });

  app.addHook('preParsing', async (request, _reply, payload) => {
    const bps = ctx.faults.bandwidthBps;
    // Multipart bodies are read by the multipart parser straight from the request; receiveForm throttles those.
    if (bps <= 0 || isAdmin(request) || /^multipart\//i.test(request.headers['content-type'] ?? '')) {
      return payload;
    }
    const slow = throttle(bps);
    // pipeline() destroys both streams when the client goes away mid-body.
    pipeline(payload, slow, () => {});
    return slow;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.vidkitRate && ctx.faults.dropResponseRate > 0 && Math.random() < ctx.faults.dropResponseRate) {
      request.raw.socket?.destroy();
      return payload;
    }
    const rate = request.vidkitRate ?? traffic.peek('reads', ctx.faults.rateLimit);
    if (!reply.hasHeader('x-ratelimit-limit')) reply.header('x-ratelimit-limit', String(rate.limit));
    if (!reply.hasHeader('x-ratelimit-remaining')) reply.header('x-ratelimit-remaining', String(rate.remaining));
    if (!reply.hasHeader('x-ratelimit-retry-after')) reply.header('x-ratelimit-retry-after', String(rate.retryAfter));
    return payload;
  });
}
