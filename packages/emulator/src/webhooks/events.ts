/** The webhook events api.video sends (the spec's `x-webhooks`). */
export type WebhookEventType =
  | 'live-stream.broadcast.started'
  | 'live-stream.broadcast.ended'
  | 'video.source.recorded'
  | 'video.encoding.quality.completed'
  | 'video.caption.generated'
  | 'video.summary.generated';

/** The ids and fields each event carries besides `type` and `emittedAt`. */
export interface WebhookEventPayloads {
  'live-stream.broadcast.started': { liveStreamId: string };
  'live-stream.broadcast.ended': { liveStreamId: string };
  'video.source.recorded': { liveStreamId: string; videoId: string };
  'video.encoding.quality.completed': {
    videoId: string;
    encoding: 'hls' | 'mp4';
    quality: '240p' | '360p' | '480p' | '720p' | '1080p' | '2160p';
  };
  'video.caption.generated': { videoId: string; captionId?: string; generationMode?: 'transcript'; language: string };
  'video.summary.generated': { videoId: string; summaryId?: string };
}

/** A registered webhook, as the delivery needs it. */
export interface WebhookTarget {
  webhookId: string;
  url: string;
  signatureSecret: string;
  events: readonly string[];
}
