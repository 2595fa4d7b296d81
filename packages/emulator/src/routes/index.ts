import type { FastifyInstance } from 'fastify';
import { registerAnalyticsRoutes } from './analytics.js';
import { registerCaptionRoutes } from './captions.js';
import { registerChapterRoutes } from './chapters.js';
import type { RouteDeps } from './deps.js';
import { registerDiscardedRoutes } from './discarded.js';
import { registerLiveStreamRoutes } from './live-streams.js';
import { registerPlayerRoutes } from './players.js';
import { registerSummaryRoutes } from './summaries.js';
import { registerTagRoutes } from './tags.js';
import { registerThumbnailRoutes } from './thumbnails.js';
import { registerSourceUploadRoute } from './upload.js';
import { registerUploadTokenRoutes } from './upload-tokens.js';
import { registerVideoRoutes } from './videos.js';
import { registerWatermarkRoutes } from './watermarks.js';
import { registerWebhookRoutes } from './webhooks.js';

/** Every authenticated api.video operation. */
export function registerApiRoutes(api: FastifyInstance, deps: RouteDeps): void {
  registerVideoRoutes(api, deps);
  registerSourceUploadRoute(api, deps);
  registerThumbnailRoutes(api, deps);
  registerDiscardedRoutes(api, deps);
  registerUploadTokenRoutes(api, deps);
  registerCaptionRoutes(api, deps);
  registerChapterRoutes(api, deps);
  registerLiveStreamRoutes(api, deps);
  registerPlayerRoutes(api, deps);
  registerWatermarkRoutes(api, deps);
  registerWebhookRoutes(api, deps);
  registerTagRoutes(api, deps);
  registerAnalyticsRoutes(api, deps);
  registerSummaryRoutes(api, deps);
}
