import type { BodyRules } from '../http/body.js';
import { invalidAttribute } from '../problems.js';
import type { Metadata, VideoRecord } from '../store/types.js';
import type { RouteDeps } from './deps.js';

export const LANGUAGES = [
  'ar',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'it',
  'ja',
  'ko',
  'ml',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ru',
  'sk',
  'sl',
  'te',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh',
] as const;

const TIMECODE = /^(?:\d{2,3}:[0-5]\d:[0-5]\d(?:\.\d{1,3}|:\d{1,2})?|\d{1,7})$/;

/** Attributes shared by video creation and update. */
export const VIDEO_RULES: BodyRules = {
  title: { type: 'string' },
  description: { type: 'string' },
  public: { type: 'boolean' },
  panoramic: { type: 'boolean' },
  mp4Support: { type: 'boolean' },
  playerId: { type: 'string', nullable: true },
  tags: { type: 'string[]' },
  metadata: { type: 'metadata[]' },
  language: { type: 'string', nullable: true, enum: LANGUAGES },
  transcript: { type: 'boolean' },
  transcriptSummary: { type: 'boolean' },
  transcriptSummaryAttributes: { type: 'string[]', enum: ['abstract', 'takeaways'] },
};

export const VIDEO_CREATION_RULES: BodyRules = {
  ...VIDEO_RULES,
  source: { type: 'string' },
  clip: { type: 'object' },
  watermark: { type: 'object' },
};

export interface VideoFields {
  title?: string;
  description?: string;
  public?: boolean;
  panoramic?: boolean;
  mp4Support?: boolean;
  playerId?: string | null;
  tags?: string[];
  metadata?: Metadata[];
  language?: string | null;
  transcript?: boolean;
  transcriptSummary?: boolean;
}

/** Applies validated body fields to a video record. */
export function applyVideoFields(deps: RouteDeps, video: VideoRecord, body: VideoFields): VideoRecord {
  const next: VideoRecord = { ...video };
  if (body.title !== undefined) next.title = body.title;
  if (body.description !== undefined) next.description = body.description;
  if (body.public !== undefined) next.public = body.public;
  if (body.panoramic !== undefined) next.panoramic = body.panoramic;
  if (body.mp4Support !== undefined) next.mp4Support = body.mp4Support;
  if (body.tags !== undefined) next.tags = [...new Set(body.tags)];
  if (body.metadata !== undefined) next.metadata = body.metadata.map(({ key, value }) => ({ key, value }));
  if (body.transcript !== undefined) next.transcript = body.transcript;
  if (body.transcriptSummary !== undefined) next.transcriptSummary = body.transcriptSummary;
  if (body.language !== undefined) {
    next.language = body.language;
    next.languageOrigin = body.language === null ? null : 'api';
  }
  if (body.playerId === null) delete next.playerId;
  else if (body.playerId !== undefined) {
    if (!deps.players.get(body.playerId)) throw invalidAttribute('playerId', 'This player does not exist.');
    next.playerId = body.playerId;
  }
  return next;
}

/** Checks a clip's timecodes. */
export function readClip(clip: unknown): VideoRecord['clip'] {
  const value = clip as Record<string, unknown>;
  const out: NonNullable<VideoRecord['clip']> = {};
  for (const key of ['startTimecode', 'endTimecode'] as const) {
    const code = value[key];
    if (code === undefined) continue;
    if (typeof code !== 'string' || !TIMECODE.test(code)) {
      throw invalidAttribute(`clip.${key}`, 'This attribute must be a timecode (hh:mm:ss or seconds).');
    }
    out[key] = code;
  }
  return out;
}

/** Checks a watermark reference (an existing watermark id and string positions). */
export function readWatermark(deps: RouteDeps, watermark: unknown): Record<string, string> {
  const value = watermark as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!['id', 'top', 'left', 'bottom', 'right', 'width', 'height', 'opacity'].includes(key)) continue;
    if (typeof item !== 'string') throw invalidAttribute(`watermark.${key}`, 'This attribute must be a string.');
    out[key] = item;
  }
  if (!out['id'] || !deps.watermarks.get(out['id'])) {
    throw invalidAttribute('watermark.id', 'This watermark does not exist.');
  }
  return out;
}
