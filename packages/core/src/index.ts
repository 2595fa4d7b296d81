export { VERSION } from './version.js';
export {
  ErrorCode,
  VidkitError,
  NetworkError,
  TimeoutError,
  AbortError,
  UploadError,
  OptionsError,
  isVidkitError,
} from './errors.js';
export type { VidkitErrorOptions, UploadErrorDetails } from './errors.js';
export { ApiError } from './api-error.js';
export type { ApiErrorBody, ApiProblem, ApiErrorDetails } from './api-error.js';
export type { ReadableStore, Listener } from './internal/store.js';
// One configuration for the REST client, uploads, the player, the watchers and every adapter's provider.
export { resolveConfig, withPlayerConfig } from './config.js';
export type { VidkitConfig } from './config.js';
// HTTP primitives (REST client, uploads and watchers share these).
export { toApiError } from './http/api-error.js';
export type { RequestDescription } from './http/api-error.js';
export { parseRateLimit } from './http/rate-limit.js';
export type { RateLimit } from './http/rate-limit.js';
export { originHeaders } from './http/origin.js';
export type { OriginInfo, OriginOptions } from './http/origin.js';
export { toBlob, toFormData } from './http/binary.js';
export type { BinarySource } from './http/binary.js';
export { toQueryString } from './http/query.js';
export { send } from './http/send.js';
export type { SendInit } from './http/send.js';
export { createCredentialProvider } from './auth/credentials.js';
export type { CredentialProvider, CredentialOptions } from './auth/credentials.js';
export { assertApiKeyAllowed } from './auth/browser-guard.js';
export { createHttpClient } from './client/http-client.js';
export type {
  ApiClientOptions,
  HttpClientOptions,
  ApiRequest,
  HttpClient,
  RequestOptions,
  RetryOptions,
} from './client/http-client.js';
// REST client: everything at once, or the bare transport plus only the resources you use.
export { createApiClient } from './client/api-client.js';
export type { ApiClient } from './client/api-client.js';
export { paginate } from './client/pagination.js';
export type { Page, PagePromise } from './client/pagination.js';
export type {
  Schemas,
  QueryOf,
  BodyOf,
  ResultOf,
  Pagination,
  Video,
  VideoStatus,
  UploadToken,
  LiveStream,
  Caption,
  Chapter,
  PlayerTheme,
  Watermark,
  Webhook,
  AccessToken,
} from './client/types.js';
export { videosResource } from './resources/videos.js';
export type { VideosResource, VideoListQuery } from './resources/videos.js';
export { uploadsResource } from './resources/uploads.js';
export type { UploadsResource, SourceUploadOptions } from './resources/uploads.js';
export { discardedVideosResource } from './resources/discarded-videos.js';
export type { DiscardedVideosResource } from './resources/discarded-videos.js';
export { uploadTokensResource } from './resources/upload-tokens.js';
export type { UploadTokensResource } from './resources/upload-tokens.js';
export { liveStreamsResource } from './resources/live-streams.js';
export type { LiveStreamsResource } from './resources/live-streams.js';
export { captionsResource } from './resources/captions.js';
export type { CaptionsResource } from './resources/captions.js';
export { chaptersResource } from './resources/chapters.js';
export type { ChaptersResource } from './resources/chapters.js';
export { playersResource } from './resources/players.js';
export type { PlayersResource } from './resources/players.js';
export { watermarksResource } from './resources/watermarks.js';
export type { WatermarksResource } from './resources/watermarks.js';
export { webhooksResource } from './resources/webhooks.js';
export type { WebhooksResource } from './resources/webhooks.js';
export { verifyWebhookSignature } from './webhooks/verify-signature.js';
export { analyticsResource } from './resources/analytics.js';
export type { AnalyticsResource } from './resources/analytics.js';
export { summariesResource } from './resources/summaries.js';
export type { SummariesResource, Summary } from './resources/summaries.js';
export { tagsResource } from './resources/tags.js';
export type { TagsResource, Tag } from './resources/tags.js';
export { authResource } from './resources/auth.js';
export type { AuthResource } from './resources/auth.js';
export { visibilityManager } from './managers/visibility-manager.js';
export { onlineManager } from './managers/online-manager.js';
export type { EnvironmentManager } from './managers/environment-manager.js';
// Playback and status.
export { watchLiveStatus, UNKNOWN_LIVE_STATUS } from './status/live-status.js';
export { apiLiveStatusSource } from './status/api-live-source.js';
export type {
  LiveStatusSnapshot,
  LiveStatusFetcher,
  LiveStatusWatcher,
  LiveStatusWatcherOptions,
  WatchLiveStatusOptions,
} from './status/live-status.js';
export { probeLiveManifest } from './status/live-manifest.js';
export { liveManifestUrl } from './status/live-url.js';
export { watchVideoStatus, UNKNOWN_VIDEO_STATUS } from './status/video-status.js';
export type {
  VideoStatusSnapshot,
  VideoStatusBody,
  VideoStatusFetcher,
  VideoStatusWatcher,
  VideoStatusWatcherOptions,
  WatchVideoStatusOptions,
  QualityStatus,
} from './status/video-status.js';
export { createPlayer } from './player/create-player.js';
export type { Player, PlayerOptions } from './player/create-player.js';
export type { PlayerSnapshot, PlayerStatus, PlayerQuality, PlayerTextTrack } from './player/snapshot.js';
export type { PlayerSource, CaptionTrack, ChapterTrack, PlayableObject } from './player/source.js';
export type { HlsLoader } from './player/hls-loader.js';
export { loadHlsLight } from './player/hls-light.js';
export type { HlsModule, HlsConstructor, HlsInstance, HlsLevel } from './player/hls-types.js';
// Uploads.
export {
  createUpload,
  DEFAULT_CONCURRENCY,
  createProgressiveUpload,
  createUploadQueue,
  pickCredential,
  lazyCredential,
  resolveUploadOptions,
  waitUntilPlayable,
  memoryResumeStore,
  localStorageResumeStore,
  fileResumeStore,
  MIN_PART_SIZE,
  MAX_PART_SIZE,
  MAX_PARTS,
  DEFAULT_PART_SIZE,
  IDLE_UPLOAD_SNAPSHOT,
  createFileUpload,
} from './upload/index.js';
export type {
  Upload,
  UploadOptions,
  ProgressiveUpload,
  ProgressiveUploadOptions,
  UploadQueue,
  UploadQueueItem,
  UploadQueueOptions,
  UploadQueueSnapshot,
  UploadQueueEvent,
  UploadQueueCallbacks,
  UploadQueueItemControls,
  FileUpload,
  FileUploadOptions,
  FileUploadSnapshot,
  WaitUntilPlayableOptions,
  ResumeState,
  ResumeStore,
  UploadRetryOptions,
  UploadInput,
  UploadConnectionOptions,
  UploadCredentialOptions,
  UploadedVideo,
  UploadSnapshot,
  UploadStatus,
} from './upload/index.js';
