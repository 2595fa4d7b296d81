import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from './context.js';
import { installEmptyBodyHook } from './http/empty-body.js';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandlers } from './http/error-handler.js';
import { installRequestGuards } from './http/guards.js';
import { installJsonContentType } from './http/json-content-type.js';
import { isLocalOrigin } from './http/local-origin.js';
import { installTrafficHooks } from './http/faults.js';
import { Traffic } from './http/traffic.js';
import { registerAdminRoutes } from './routes/admin.js';
import { authenticate, registerAuthRoutes, Tokens } from './routes/auth.js';
import { createDeps } from './routes/deps.js';
import type { RouteDeps } from './routes/deps.js';
import { registerApiRoutes } from './routes/index.js';
import { registerLogoRoute } from './routes/players.js';
import { registerTokenUploadRoute } from './routes/upload.js';
import { registerWatchRoute } from './routes/watch.js';
import { Ingest } from './upload/ingest.js';
import { registerLive } from './live/plugin.js';
import { registerMedia } from './media/plugin.js';
import { registerEmbedRoutes } from './embed/routes.js';

export { isLocalOrigin };

export interface EmulatorServer {
  app: FastifyInstance;
  deps: RouteDeps;
  traffic: Traffic;
}

/** Builds the Fastify app with every route; does not listen. */
export async function buildServer(ctx: EmulatorContext): Promise<EmulatorServer> {
  const app = Fastify({
    logger: ctx.options.logger,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // `stop()` must not wait for idle keep-alive connections of browsers and pollers.
    forceCloseConnections: true,
    // Errors raised before any route runs (a malformed URL, a too long parameter, a broken request line, headers
    // too large) get api.video's error shape too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // Node would answer a missing Host with a bare 400; the guards answer it in api.video's shape.
    http: { requireHostHeader: false },
    // HTTPS only when asked (tls option, --tls-cert/--tls-key); Fastify then passes these options, not `http`'s.
    ...(ctx.options.tls && {
      https: { cert: ctx.options.tls.cert, key: ctx.options.tls.key, requireHostHeader: false },
    }),
  });
  const traffic = new Traffic();
  const tokens = new Tokens(ctx);
  const ingest = new Ingest(ctx);
  const deps = createDeps(ctx, ingest, tokens);

  installErrorHandlers(app, ctx);
  installJsonContentType(app);
  installRequestGuards(app, ctx);
  installEmptyBodyHook(app);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined || isLocalOrigin(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposedHeaders: [
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Retry-After',
      'Content-Length',
      'Content-Range',
      'Location',
    ],
    maxAge: 600,
    strictPreflight: false,
  });
  installTrafficHooks(app, ctx, traffic);
  await app.register(multipart, {
    limits: {
      fileSize: ctx.options.limits.maxVideoBytes + 1,
      files: 10,
      fields: 20,
      fieldSize: 64 * 1024,
      parts: 40,
    },
  });

  registerAdminRoutes(app, ctx, traffic);
  registerAuthRoutes(app, ctx, tokens);
  registerTokenUploadRoute(app, deps);
  registerLogoRoute(app, deps);
  registerWatchRoute(app, deps.watch);
  await app.register(async (api) => {
    api.addHook('onRequest', async (request) => authenticate(ctx, tokens, request));
    registerApiRoutes(api, deps);
  });

  // Media (H4) and live (H7) modules register here, each with one line.
  registerMedia(app, ctx);
  registerEmbedRoutes(app, deps);
  await registerLive(app, ctx);

  return { app, deps, traffic };
}
