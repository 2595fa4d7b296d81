import type { EmulatorContext } from '../context.js';
import { DocStore } from '../store/docs.js';
import { WatchStore } from '../store/watch.js';
import type { CaptionRecord, ChapterRecord, UploadTokenRecord, WebhookRecord } from '../store/types.js';
import type { Ingest } from '../upload/ingest.js';
import type { Tokens } from './auth.js';

/** A player theme as stored (the API shape plus nothing). */
export type PlayerRecord = Record<string, unknown> & { playerId: string; createdAt: string; updatedAt: string };
export interface WatermarkRecord {
  watermarkId: string;
  createdAt: string;
}
export interface SummaryRecord {
  summaryId: string;
  createdAt: string;
  updatedAt: string;
  videoId: string;
  origin: 'api' | 'auto';
  sourceStatus: 'missing' | 'waiting' | 'failed' | 'completed' | 'unprocessable';
  source?: { abstract?: string; takeaways?: string[] };
}

/** What every route module receives. */
export interface RouteDeps {
  ctx: EmulatorContext;
  ingest: Ingest;
  tokens: Tokens;
  uploadTokens: DocStore<UploadTokenRecord>;
  players: DocStore<PlayerRecord>;
  watermarks: DocStore<WatermarkRecord>;
  webhooks: DocStore<WebhookRecord>;
  captions: DocStore<CaptionRecord>;
  chapters: DocStore<ChapterRecord>;
  summaries: DocStore<SummaryRecord>;
  /** The playback sessions players reported to `POST /watch`. */
  watch: WatchStore;
}

export function createDeps(ctx: EmulatorContext, ingest: Ingest, tokens: Tokens): RouteDeps {
  return {
    ctx,
    ingest,
    tokens,
    uploadTokens: new DocStore(ctx.db, 'upload-token'),
    players: new DocStore(ctx.db, 'player'),
    watermarks: new DocStore(ctx.db, 'watermark'),
    webhooks: new DocStore(ctx.db, 'webhook'),
    captions: new DocStore(ctx.db, 'caption'),
    chapters: new DocStore(ctx.db, 'chapter'),
    summaries: new DocStore(ctx.db, 'summary'),
    watch: new WatchStore(ctx.db),
  };
}
