import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { readBody } from '../http/body.js';
import type { Traffic } from '../http/traffic.js';
import type { FaultOptions } from '../options.js';
import { invalidAttribute } from '../problems.js';

/** The admin route prefix; api.video has nothing under it. */
export const ADMIN_PREFIX = '/_emulator';

/** Checks and applies a partial fault configuration. */
export function applyFaults(target: FaultOptions, input: unknown): FaultOptions {
  const body = readBody<Partial<FaultOptions>>(input, {
    rateLimit: { type: 'string', enum: ['off', 'sandbox', 'production'] },
    latencyMs: { type: 'integer', min: 0, max: 600_000 },
    bandwidthBps: { type: 'integer', min: 0 },
    encodingDelayMs: { type: 'integer', min: 0, max: 600_000 },
  });
  const record = body as Record<string, unknown>;
  for (const key of ['dropRate', 'dropResponseRate', 'errorRate', 'rateLimitRate'] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw invalidAttribute(key, 'This attribute must be a number between 0 and 1.');
    }
    target[key] = value;
  }
  if (body.rateLimit !== undefined) target.rateLimit = body.rateLimit;
  if (body.latencyMs !== undefined) target.latencyMs = body.latencyMs;
  if (body.bandwidthBps !== undefined) target.bandwidthBps = body.bandwidthBps;
  if (body.encodingDelayMs !== undefined) target.encodingDelayMs = body.encodingDelayMs;
  return target;
}

/** `GET|PUT /_emulator/faults`, `GET|DELETE /_emulator/requests`. */
export function registerAdminRoutes(app: FastifyInstance, ctx: EmulatorContext, traffic: Traffic): void {
  app.get(`${ADMIN_PREFIX}/faults`, async () => ctx.faults);
  app.put(`${ADMIN_PREFIX}/faults`, async (request) => applyFaults(ctx.faults, request.body));
  app.get(`${ADMIN_PREFIX}/requests`, async () => Object.fromEntries(traffic.counts));
  app.delete(`${ADMIN_PREFIX}/requests`, async (_request, reply) => {
    traffic.resetCounts();
    return reply.code(204).send();
  });
}
