import { cleanPartials, encodeRendition, writeMasterPlaylist, writeMp4, writeThumbnail } from './encode.js';
import type { Trim, WatermarkPlacement } from './encode.js';
import type { FfmpegTools } from './ffmpeg.js';
import { probeMedia, type MediaInfo } from './probe.js';
import { planRenditions, type Quality, type Rendition } from './renditions.js';

/** One output's progress, in api.video's `encoding.qualities` terms. */
export interface QualityState {
  type: 'hls' | 'mp4';
  quality: Quality;
  status: 'waiting' | 'encoding' | 'encoded' | 'failed';
}

/** What the pipeline reports as it goes; the plugin maps these to the video's status. */
export type PipelineEvent =
  | { kind: 'probed'; info: MediaInfo; qualities: QualityState[] }
  | { kind: 'quality'; state: QualityState; playable: boolean }
  | { kind: 'thumbnail' };

/** Inputs of one encoding run. */
export interface PipelineOptions {
  tools: FfmpegTools;
  /** The assembled source file. */
  source: string;
  /** The video's own output directory. */
  videoDir: string;
  /** Also produce `mp4/source.mp4`. */
  mp4: boolean;
  watermark?: WatermarkPlacement;
  /** Keep only this part of the source (api.video's `clip`). */
  trim?: Trim;
  /** Where the first thumbnail is taken, in seconds; default: a third into the video. */
  thumbnailAt?: number;
  signal?: AbortSignal;
  onEvent: (event: PipelineEvent) => void | Promise<void>;
}

/**
 * Probes, then takes the thumbnail, encodes every HLS rendition (smallest first) and rewrites the master
 * playlist after each one so the video is playable after the first, then the mp4.
 * Rejects (after reporting the failed qualities) when the source cannot be encoded.
 */
export async function runPipeline(options: PipelineOptions): Promise<{ info: MediaInfo; renditions: Rendition[] }> {
  const { tools, source, videoDir, signal, onEvent } = options;
  await cleanPartials(videoDir);
  const probed = await probeMedia(tools.ffprobe, source, signal);
  const trim = options.trim;
  const end = Math.min(trim?.end ?? Infinity, probed.durationSeconds);
  const start = Math.min(trim?.start ?? 0, end);
  const durationSeconds = end - start;
  const info: MediaInfo = trim ? { ...probed, durationSeconds, duration: Math.round(durationSeconds) } : probed;
  const renditions = planRenditions(info.width, info.height, Math.min(info.framerate ?? 30, 60));
  const top = renditions[renditions.length - 1]!;
  const states: QualityState[] = renditions.map((r) => ({ type: 'hls', quality: r.quality, status: 'waiting' }));
  if (options.mp4) states.push({ type: 'mp4', quality: top.quality, status: 'waiting' });
  await onEvent({ kind: 'probed', info, qualities: states.map((s) => ({ ...s })) });
  // The thumbnail is one cheap frame: have it before the (slower) renditions.
  await writeThumbnail({
    tools,
    source,
    videoDir,
    seconds: start + (options.thumbnailAt ?? info.durationSeconds / 3),
    duration: end,
    signal,
  });
  await onEvent({ kind: 'thumbnail' });

  const ready: Rendition[] = [];
  const step = async (state: QualityState, work: () => Promise<void>) => {
    state.status = 'encoding';
    await onEvent({ kind: 'quality', state: { ...state }, playable: ready.length > 0 });
    try {
      await work();
    } catch (error) {
      if (!signal?.aborted) {
        for (const s of states) if (s.status !== 'encoded') s.status = 'failed';
        for (const s of states) {
          if (s.status === 'failed') await onEvent({ kind: 'quality', state: { ...s }, playable: ready.length > 0 });
        }
      }
      throw error;
    }
  };

  for (const [index, rendition] of renditions.entries()) {
    const state = states[index]!;
    await step(state, async () => {
      await encodeRendition({ tools, source, videoDir, info, rendition, watermark: options.watermark, trim, signal });
      ready.push(rendition);
      await writeMasterPlaylist(videoDir, ready, info);
    });
    state.status = 'encoded';
    await onEvent({ kind: 'quality', state: { ...state }, playable: true });
  }
  if (options.mp4) {
    const state = states[states.length - 1]!;
    await step(state, () => writeMp4({ tools, videoDir, rendition: top, signal }));
    state.status = 'encoded';
    await onEvent({ kind: 'quality', state: { ...state }, playable: true });
  }
  return { info, renditions };
}
