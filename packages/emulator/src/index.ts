export { startEmulator } from './start.js';
export type { RunningEmulator } from './start.js';
export { DEV_API_KEY } from './options.js';
export { pushTestStream } from './live/push-test-stream.js';
export type { PushTestStreamOptions, TestStreamPublisher } from './live/push-test-stream.js';
export type { EmulatorOptions, FaultOptions, RateLimitMode, TlsOptions, UploadLimits } from './options.js';
export type { EmulatorContext, MediaHooks, ResolvedOptions } from './context.js';
export type { EmulatorEventMap, EmulatorEventName } from './events.js';
export type {
  EncodingMetadata,
  IngestStatus,
  LiveStreamRecord,
  Quality,
  QualityName,
  VideoEncoding,
  VideoRecord,
  WebhookEvent,
  WebhookRecord,
} from './store/types.js';
