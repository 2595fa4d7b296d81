export { createUpload, DEFAULT_CONCURRENCY } from './upload.js';
export type { Upload, UploadOptions } from './upload.js';
export { createProgressiveUpload } from './progressive.js';
export type { ProgressiveUpload, ProgressiveUploadOptions } from './progressive.js';
export { createUploadQueue } from './queue.js';
export { createFileUpload } from './file-upload.js';
export type { FileUpload, FileUploadOptions, FileUploadSnapshot } from './file-upload.js';
export type {
  UploadQueue,
  UploadQueueItem,
  UploadQueueOptions,
  UploadQueueSnapshot,
  UploadQueueEvent,
  UploadQueueCallbacks,
  UploadQueueItemControls,
} from './queue.js';
export { pickCredential, lazyCredential, resolveUploadOptions } from './credential-layers.js';
export { waitUntilPlayable } from './playable.js';
export type { WaitUntilPlayableOptions } from './playable.js';
export { memoryResumeStore, localStorageResumeStore, fileResumeStore } from './resume-store.js';
export type { ResumeState, ResumeStore } from './resume-store.js';
export { MIN_PART_SIZE, MAX_PART_SIZE, MAX_PARTS, DEFAULT_PART_SIZE } from './chunk-size.js';
export type { RetryOptions as UploadRetryOptions } from './retry.js';
export type { UploadInput } from './source.js';
export type { UploadConnectionOptions } from './connection.js';
export type { UploadCredentialOptions } from './credential.js';
export { IDLE_UPLOAD_SNAPSHOT } from './types.js';
export type { UploadedVideo, UploadSnapshot, UploadStatus } from './types.js';
