import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool, type FfmpegTools } from './ffmpeg.js';
import type { MediaInfo } from './probe.js';
import type { Rendition } from './renditions.js';

/** HLS segment length in seconds, like api.video's VOD packaging. */
export const SEGMENT_SECONDS = 2;

/** A watermark to burn in, with api.video's `video-watermark` placement strings (`"10px"`, `"5%"`). */
export interface WatermarkPlacement {
  /** Path of the PNG or JPG image. */
  path: string;
  top?: string | null;
  left?: string | null;
  bottom?: string | null;
  right?: string | null;
  width?: string | null;
  height?: string | null;
  opacity?: string | null;
}

/** A part of the source to keep (api.video's `clip`), in seconds of the source. */
export interface Trim {
  start: number;
  end?: number;
}

/** Input options that cut the source to `trim` (accurate: ffmpeg decodes from the previous keyframe). */
function trimArgs(trim: Trim | undefined): string[] {
  if (!trim) return [];
  return [
    ...(trim.start > 0 ? ['-ss', trim.start.toFixed(3)] : []),
    ...(trim.end !== undefined ? ['-to', trim.end.toFixed(3)] : []),
  ];
}

/** Where one video's encoded files live, under its own directory. */
export function outputPaths(videoDir: string) {
  return {
    hlsDir: join(videoDir, 'hls'),
    master: join(videoDir, 'hls', 'manifest.m3u8'),
    mp4: join(videoDir, 'mp4', 'source.mp4'),
    thumbnail: join(videoDir, 'thumbnail.jpg'),
  };
}

const baseArgs = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'];

function length(text: string | null | undefined, reference: number): number | undefined {
  if (!text) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|%)?\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === '%' ? (value / 100) * reference : value;
}

/** The filter graph that scales the picture and, when asked, overlays a watermark. Exported for tests. */
export function videoFilter(rendition: Rendition, watermark?: WatermarkPlacement): string {
  const base = `[0:v]scale=${rendition.width}:${rendition.height}:flags=bicubic,setsar=1,format=yuv420p`;
  if (!watermark) return `${base}[v]`;
  const { width: W, height: H } = rendition;
  const w = length(watermark.width, W);
  const h = length(watermark.height, H);
  const opacity = Math.min(1, Math.max(0, Number(String(watermark.opacity ?? '100').replace('%', '')) / 100 || 0));
  const top = length(watermark.top, H);
  const bottom = length(watermark.bottom, H);
  const left = length(watermark.left, W);
  const right = length(watermark.right, W);
  const x = left !== undefined ? `${Math.round(left)}` : right !== undefined ? `W-w-${Math.round(right)}` : '0';
  const y = top !== undefined ? `${Math.round(top)}` : bottom !== undefined ? `H-h-${Math.round(bottom)}` : '0';
  const scale = `scale=${w === undefined ? -1 : Math.round(w)}:${w === undefined && h === undefined ? 'ih' : h === undefined ? -1 : Math.round(h)}`;
  return (
    `${base}[base];[1:v]${scale},format=rgba,colorchannelmixer=aa=${opacity.toFixed(2)}[wm];` +
    `[base][wm]overlay=x=${x}:y=${y}:format=auto,format=yuv420p[v]`
  );
}

/**
 * Encodes one HLS rendition (H.264 + AAC, 2 s segments, a keyframe every 2 s) into `hls/{quality}/`.
 * Writes into a temporary folder and renames it into place, so a rendition's playlist is never seen half done.
 */
export async function encodeRendition(options: {
  tools: FfmpegTools;
  source: string;
  videoDir: string;
  info: MediaInfo;
  rendition: Rendition;
  watermark?: WatermarkPlacement;
  trim?: Trim;
  signal?: AbortSignal;
}): Promise<void> {
  const { tools, source, videoDir, info, rendition, watermark, signal } = options;
  const finalDir = join(videoDir, 'hls', rendition.quality);
  const workDir = `${finalDir}.partial`;
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const fps = Math.min(info.framerate ?? 30, 60);
  const args = [
    ...baseArgs,
    ...trimArgs(options.trim),
    '-i',
    source,
    ...(watermark ? ['-i', watermark.path] : []),
    '-filter_complex',
    videoFilter(rendition, watermark),
    '-map',
    '[v]',
    ...(info.hasAudio ? ['-map', '0:a:0', '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-ar', '48000'] : ['-an']),
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-profile:v',
    'high',
    '-level:v',
    (rendition.level / 10).toFixed(1),
    '-b:v',
    `${rendition.videoKbps}k`,
    '-maxrate',
    `${Math.round(rendition.videoKbps * 1.2)}k`,
    '-bufsize',
    `${rendition.videoKbps * 2}k`,
    '-r',
    String(fps),
    '-g',
    String(fps * SEGMENT_SECONDS),
    '-keyint_min',
    String(fps * SEGMENT_SECONDS),
    '-sc_threshold',
    '0',
    '-force_key_frames',
    `expr:gte(t,n_forced*${SEGMENT_SECONDS})`,
    '-threads',
    '2',
    '-f',
    'hls',
    '-hls_time',
    String(SEGMENT_SECONDS),
    '-hls_playlist_type',
    'vod',
    '-hls_flags',
    'independent_segments',
    '-hls_segment_filename',
    join(workDir, 'segment-%d.ts'),
    join(workDir, 'manifest.m3u8'),
  ];
  await runTool(tools.ffmpeg, args, signal);
  await rm(finalDir, { recursive: true, force: true });
  await rename(workDir, finalDir);
}

/** Peak and average bitrate of an encoded rendition, in bit/s, from its playlist and segment sizes. */
async function measure(dir: string): Promise<{ peak: number; average: number }> {
  const playlist = await readFile(join(dir, 'manifest.m3u8'), 'utf8');
  let duration = 0;
  let peak = 0;
  let bytes = 0;
  let pending = 0;
  for (const line of playlist.split('\n')) {
    const inf = /^#EXTINF:([\d.]+)/.exec(line);
    if (inf) pending = Number(inf[1]);
    else if (line && !line.startsWith('#')) {
      const size = (await stat(join(dir, line.trim()))).size;
      bytes += size;
      duration += pending;
      if (pending > 0) peak = Math.max(peak, (size * 8) / pending);
    }
  }
  const average = duration > 0 ? (bytes * 8) / duration : 0;
  return { peak: Math.ceil(Math.max(peak, average)), average: Math.ceil(average) };
}

/**
 * (Re)writes the master playlist listing the renditions that are ready, smallest first.
 * Written to a temporary name and renamed, so a player never reads half a file.
 */
export async function writeMasterPlaylist(videoDir: string, ready: readonly Rendition[], info: MediaInfo) {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-INDEPENDENT-SEGMENTS'];
  const sorted = [...ready].sort((a, b) => a.width * a.height - b.width * b.height);
  for (const r of sorted) {
    const { peak, average } = await measure(join(videoDir, 'hls', r.quality));
    const codecs = [`avc1.6400${r.level.toString(16).padStart(2, '0')}`, ...(info.hasAudio ? ['mp4a.40.2'] : [])];
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${peak},AVERAGE-BANDWIDTH=${average},RESOLUTION=${r.width}x${r.height},` +
        `CODECS="${codecs.join(',')}",FRAME-RATE=${Math.min(info.framerate ?? 30, 60).toFixed(3)},NAME="${r.quality}"`,
      `${r.quality}/manifest.m3u8`,
    );
  }
  const { master } = outputPaths(videoDir);
  await mkdir(join(videoDir, 'hls'), { recursive: true });
  await writeFile(`${master}.tmp`, `${lines.join('\n')}\n`);
  await rename(`${master}.tmp`, master);
}

/** Remuxes an encoded HLS rendition into a progressive mp4 (`mp4/source.mp4`, moov first). No re-encode. */
export async function writeMp4(options: {
  tools: FfmpegTools;
  videoDir: string;
  rendition: Rendition;
  signal?: AbortSignal;
}): Promise<void> {
  const { tools, videoDir, rendition, signal } = options;
  const { mp4 } = outputPaths(videoDir);
  await mkdir(join(videoDir, 'mp4'), { recursive: true });
  const tmp = `${mp4}.partial.mp4`;
  await runTool(
    tools.ffmpeg,
    [
      ...baseArgs,
      '-i',
      join(videoDir, 'hls', rendition.quality, 'manifest.m3u8'),
      '-c',
      'copy',
      '-movflags',
      '+faststart',
      tmp,
    ],
    signal,
  );
  await rename(tmp, mp4);
}

/**
 * Grabs one frame at `seconds` (clamped into the video) as `thumbnail.jpg`, at most 1280 px wide.
 */
export async function writeThumbnail(options: {
  tools: FfmpegTools;
  source: string;
  videoDir: string;
  seconds: number;
  duration: number;
  signal?: AbortSignal;
}): Promise<void> {
  const { tools, source, videoDir, signal } = options;
  const { thumbnail } = outputPaths(videoDir);
  // A seek at or past the last frame yields no frame at all; stay a little inside.
  const at = Math.max(0, Math.min(options.seconds, Math.max(0, options.duration - 0.1)));
  const tmp = `${thumbnail}.partial.jpg`;
  await mkdir(videoDir, { recursive: true });
  const grab = (seek: number) =>
    runTool(
      tools.ffmpeg,
      [
        ...baseArgs,
        '-ss',
        seek.toFixed(3),
        '-i',
        source,
        '-frames:v',
        '1',
        '-vf',
        "scale='min(1280,iw)':-2,format=yuvj420p",
        '-q:v',
        '3',
        '-update',
        '1',
        tmp,
      ],
      signal,
    );
  await grab(at);
  if (!existsSync(tmp)) await grab(0);
  await rename(tmp, thumbnail);
}

/** Removes half-written outputs left by a process that died mid-encode. */
export async function cleanPartials(videoDir: string): Promise<void> {
  const hls = join(videoDir, 'hls');
  if (!existsSync(hls)) return;
  for (const entry of await readdir(hls)) {
    if (entry.endsWith('.partial')) await rm(join(hls, entry), { recursive: true, force: true });
  }
}
