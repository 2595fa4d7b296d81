/** A video's metadata entry. */
export interface Metadata {
  key: string;
  value: string;
}

export type IngestStatus = 'uploading' | 'uploaded' | 'ingesting' | 'ingested';
export type QualityName = '240p' | '360p' | '480p' | '720p' | '1080p' | '2160p';

/** One rendition's encoding state, as `GET /videos/{id}/status` reports it. */
export interface Quality {
  type: 'hls' | 'mp4';
  quality: QualityName;
  status: 'waiting' | 'encoding' | 'encoded' | 'failed';
}

/** What ffprobe found; every field null until known. */
export interface EncodingMetadata {
  width: number | null;
  height: number | null;
  bitrate: number | null;
  duration: number | null;
  framerate: number | null;
  samplerate: number | null;
  videoCodec: string | null;
  audioCodec: string | null;
  aspectRatio: string | null;
}

/** The `encoding` half of a video's status. The media module owns it after `source:assembled`. */
export interface VideoEncoding {
  playable: boolean;
  qualities: Quality[];
  metadata: EncodingMetadata;
}

/** How an upload is chunked; fixed by its first part. */
export type UploadMode = 'part' | 'bytes' | 'single';

/** A video as stored. The API shape is derived from it by `videoToApi`. */
export interface VideoRecord {
  videoId: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
  title: string;
  description: string;
  tags: string[];
  metadata: Metadata[];
  public: boolean;
  panoramic: boolean;
  mp4Support: boolean;
  playerId?: string;
  language: string | null;
  languageOrigin: 'api' | 'auto' | null;
  transcript: boolean;
  transcriptSummary: boolean;
  discarded: boolean;
  discardedAt: string | null;
  deletesAt: string | null;
  /** Where the source comes from. */
  source: { type: 'upload' | 'url' | 'clone' | 'live'; uri?: string; liveStreamId?: string };
  /** The upload token the video was created with, for `POST /upload`. */
  uploadToken?: string;
  watermark?: Record<string, string>;
  clip?: { startTimecode?: string; endTimecode?: string };
  upload: {
    mode: UploadMode | null;
    /** Parts total (`part n/N`) or bytes total (`bytes a-b/T`), once known. */
    total: number | null;
    /** The source is complete and assembled. */
    assembled: boolean;
    /** Size of the assembled source in bytes. */
    size: number | null;
  };
  ingestStatus: IngestStatus | null;
  encoding: VideoEncoding;
}

export interface LiveStreamRecord {
  liveStreamId: string;
  name: string;
  streamKey: string;
  public: boolean;
  playerId?: string;
  broadcasting: boolean;
  restreams: { name: string; serverUrl: string; streamKey: string }[];
  createdAt: string;
  updatedAt: string;
  hasThumbnail: boolean;
}

export interface UploadTokenRecord {
  token: string;
  ttl: number;
  createdAt: string;
  expiresAt: string | null;
}

export type WebhookEvent =
  | 'live-stream.broadcast.started'
  | 'live-stream.broadcast.ended'
  | 'video.source.recorded'
  | 'video.encoding.quality.completed'
  | 'video.caption.generated'
  | 'video.summary.generated';

export interface WebhookRecord {
  webhookId: string;
  createdAt: string;
  events: WebhookEvent[];
  url: string;
  signatureSecret: string;
}

export interface CaptionRecord {
  videoId: string;
  language: string;
  default: boolean;
}

export interface ChapterRecord {
  videoId: string;
  language: string;
}

export function emptyEncoding(): VideoEncoding {
  return {
    playable: false,
    qualities: [],
    metadata: {
      width: null,
      height: null,
      bitrate: null,
      duration: null,
      framerate: null,
      samplerate: null,
      videoCodec: null,
      audioCodec: null,
      aspectRatio: null,
    },
  };
}
