import { MediaError, MediaErrorCode, runTool } from './ffmpeg.js';

/** What ffprobe tells about a source, in the units of api.video's `encoding.metadata`. */
export interface MediaInfo {
  /** Displayed width in pixels (after rotation). */
  width: number;
  /** Displayed height in pixels (after rotation). */
  height: number;
  /** Whole seconds, rounded. */
  duration: number;
  /** Exact seconds. */
  durationSeconds: number;
  /** kbit/s, like api.video's example (`411.218`). */
  bitrate: number | null;
  framerate: number | null;
  samplerate: number | null;
  videoCodec: string;
  audioCodec: string | null;
  /** Reduced ratio as `w/h`, e.g. `16/9`. */
  aspectRatio: string;
  hasAudio: boolean;
}

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  sample_rate?: string;
  duration?: string;
  tags?: Record<string, string>;
  side_data_list?: Array<{ rotation?: number }>;
  disposition?: { attached_pic?: number };
}

interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { duration?: string; bit_rate?: string; format_name?: string };
}

function rate(text: string | undefined): number | null {
  if (!text) return null;
  const [num, den] = text.split('/').map(Number);
  if (!num || !Number.isFinite(num)) return null;
  const value = den ? num / den : num;
  return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function rotation(stream: ProbeStream): number {
  const side = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  const tag = stream.tags?.rotate === undefined ? undefined : Number(stream.tags.rotate);
  return Math.abs(side ?? tag ?? 0) % 180;
}

/** Turns ffprobe's JSON into `MediaInfo`; throws `not_a_video` when there is no usable video stream. */
export function parseProbe(json: string): MediaInfo {
  let data: ProbeOutput;
  try {
    data = JSON.parse(json) as ProbeOutput;
  } catch (cause) {
    throw new MediaError(MediaErrorCode.NotAVideo, 'ffprobe gave no readable answer.', { cause });
  }
  const streams = data.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic && s.width && s.height);
  if (!video?.width || !video.height) {
    throw new MediaError(MediaErrorCode.NotAVideo, 'The source has no video stream.');
  }
  const audio = streams.find((s) => s.codec_type === 'audio');
  // ffmpeg auto-rotates on decode, so a phone's "rotate 90" 1920x1080 stream is really a 1080x1920 picture.
  const turned = rotation(video) === 90;
  const width = turned ? video.height : video.width;
  const height = turned ? video.width : video.height;
  const durationSeconds = Number(data.format?.duration ?? video.duration ?? 0) || 0;
  const bitRate = Number(data.format?.bit_rate);
  const divisor = gcd(width, height) || 1;
  return {
    width,
    height,
    duration: Math.round(durationSeconds),
    durationSeconds,
    bitrate: Number.isFinite(bitRate) && bitRate > 0 ? Math.round(bitRate) / 1000 : null,
    framerate: rate(video.avg_frame_rate) ?? rate(video.r_frame_rate),
    samplerate: audio?.sample_rate ? Number(audio.sample_rate) || null : null,
    videoCodec: video.codec_name ?? 'unknown',
    audioCodec: audio?.codec_name ?? null,
    aspectRatio: `${width / divisor}/${height / divisor}`,
    hasAudio: Boolean(audio),
  };
}

/** Probes a media file with ffprobe. Rejects with a `MediaError` when it is not a readable video. */
export async function probeMedia(ffprobe: string, path: string, signal?: AbortSignal): Promise<MediaInfo> {
  const json = await runTool(
    ffprobe,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path],
    signal,
  ).catch((error: unknown) => {
    if (error instanceof MediaError && error.code === MediaErrorCode.FfmpegFailed) {
      throw new MediaError(MediaErrorCode.NotAVideo, `The source is not a readable video (${error.message}).`, {
        cause: error,
      });
    }
    throw error;
  });
  return parseProbe(json);
}
