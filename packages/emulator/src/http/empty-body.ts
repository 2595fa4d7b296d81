import type { FastifyInstance } from 'fastify';

/**
 * A request with an empty body has nothing to parse, whatever `Content-Type` it declares. api.video's official Node
 * client sends `PUT /live-streams/{id}/complete` with no body and axios's `application/x-www-form-urlencoded`,
 * which api.video accepts; Fastify would refuse the media type before the route runs. Installed after the guards,
 * which still see the header as sent.
 */
export function installEmptyBodyHook(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const { headers } = request;
    if (headers['content-type'] !== undefined && headers['content-length'] === '0' && !headers['transfer-encoding']) {
      delete headers['content-type'];
    }
  });
}
