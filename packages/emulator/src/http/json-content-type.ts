import type { FastifyInstance } from 'fastify';

const JSON_WITH_CHARSET = /^application\/json\s*;\s*charset=utf-8$/i;

/**
 * Sends JSON as `Content-Type: application/json`, with no charset, on every answer (problems included), as
 * api.video does. Fastify appends `; charset=utf-8`, and api.video's official Node client compares the whole header
 * with `application/json`: with the parameter, every call of that client throws before reading the body.
 */
export function installJsonContentType(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && JSON_WITH_CHARSET.test(type)) reply.header('content-type', 'application/json');
    return payload;
  });
}
