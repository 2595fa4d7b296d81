import type { components, operations } from '../generated/api.generated.js';

/** Every schema of api.video's spec, by name (e.g. `Schemas['video']`). */
export type Schemas = components['schemas'];

type Ops = operations;

/** The query parameters of an operation. */
export type QueryOf<Op extends keyof Ops> = NonNullable<Ops[Op]['parameters']['query']>;

/** The JSON request body of an operation. */
export type BodyOf<Op extends keyof Ops> = Ops[Op]['requestBody'] extends
  { content: { 'application/json': infer B } } | undefined
  ? B
  : never;

type Ok<R> = R extends { 200: { content: { 'application/json': infer B } } }
  ? B
  : R extends { 201: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 202: { content: { 'application/json': infer B } } }
      ? B
      : void;

/** The JSON body of an operation's success response (`void` for 204). */
export type ResultOf<Op extends keyof Ops> = Ok<Ops[Op]['responses']>;

/** api.video's pagination block of a list response. */
export type Pagination = Schemas['pagination'];

/** A video (`GET /videos/{videoId}`). */
export type Video = Schemas['video'];
/** Ingest and encoding progress of a video (`GET /videos/{videoId}/status`). */
export type VideoStatus = Schemas['video-status'];
/** A delegated upload token (`POST /upload-tokens`). */
export type UploadToken = Schemas['upload-token'];
/** A live stream (`GET /live-streams/{liveStreamId}`). */
export type LiveStream = Schemas['live-stream'];
/** A caption track of a video. */
export type Caption = Schemas['caption'];
/** A chapters track of a video. */
export type Chapter = Schemas['chapter'];
/** A player theme (`/players`). */
export type PlayerTheme = Schemas['player-theme'];
/** A watermark image (`/watermarks`). */
export type Watermark = Schemas['watermark'];
/** A webhook subscription (`/webhooks`). */
export type Webhook = Schemas['webhook'];
/** The answer of `POST /auth/api-key` and `POST /auth/refresh`. */
export type AccessToken = Schemas['access-token'];
