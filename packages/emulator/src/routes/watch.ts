import type { FastifyInstance } from 'fastify';
import { parseBeacon } from '../analytics/beacon.js';
import type { WatchStore } from '../store/watch.js';

/** A beacon carries at most a few dozen events: no reason to read more. */
const BODY_LIMIT = 64 * 1024;

/**
 * `POST /watch`: api.video's player-analytics collector. Players send it their playback events as a JSON text
 * (`text/plain`, a CORS simple request from any page, no credentials) or as JSON. No auth and no rate limit, as on
 * `collector.api.video`; a malformed beacon gets api.video's 400.
 */
export function registerWatchRoute(app: FastifyInstance, watch: WatchStore): void {
  app.post('/watch', { bodyLimit: BODY_LIMIT }, async (request, reply) => {
    // Any page may send beacons (the answer is ignored anyway): the collector is not bound to local origins.
    reply.header('access-control-allow-origin', '*');
    const beacon = parseBeacon(request.body);
    watch.record(beacon, { userAgent: request.headers['user-agent'] ?? '', ip: request.ip });
    return reply.code(204).send();
  });
}
