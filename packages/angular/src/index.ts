// Provider.
export { provideVidkit, injectVidkitConfig, VIDKIT_CONFIG } from './config.js';

// Components (standalone, OnPush).
export { VideoUploaderComponent } from './components/video-uploader.component.js';
export { UploadRowComponent } from './components/upload-row.component.js';
export { UploadRowTemplateDirective } from './components/upload-row-template.directive.js';
export type { UploadRowContext } from './components/upload-row-template.directive.js';
export type { RejectedFile } from '@vidkit/core/ui';
export { VideoPlayerComponent } from './components/video-player.component.js';
export { LiveStatusBadgeComponent } from './components/live-status-badge.component.js';

// Inject functions: each a short bridge over a core store, returning signals.
export type { MaybeReactive } from './inject/reactive.js';
export { injectUpload } from './inject/inject-upload.js';
export type { InjectUploadOptions, InjectUploadResult } from './inject/inject-upload.js';
export { injectUploadQueue } from './inject/inject-upload-queue.js';
export type { InjectUploadQueueOptions, InjectUploadQueueResult, UploaderItem } from './inject/inject-upload-queue.js';
export { injectPlayer } from './inject/inject-player.js';
export type { InjectPlayerOptions, InjectPlayerResult } from './inject/inject-player.js';
export { injectLiveStatus } from './inject/inject-live-status.js';
export { injectVideoStatus } from './inject/inject-video-status.js';

// Core's public types and errors, so apps install only @vidkit/angular.
export * from './core-types.js';
