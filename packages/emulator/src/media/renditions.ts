/** api.video's quality labels, named after the picture's short side. */
export type Quality = '240p' | '360p' | '480p' | '720p' | '1080p' | '2160p';

/** One HLS rendition to produce. */
export interface Rendition {
  quality: Quality;
  /** Even output width in pixels. */
  width: number;
  /** Even output height in pixels. */
  height: number;
  /** Target video bitrate, kbit/s. */
  videoKbps: number;
  /** H.264 level x10, as x264 and the CODECS attribute want it (31 = 3.1). */
  level: number;
}

const LADDER: ReadonlyArray<{ quality: Quality; side: number; kbps: number }> = [
  { quality: '240p', side: 240, kbps: 400 },
  { quality: '360p', side: 360, kbps: 800 },
  { quality: '480p', side: 480, kbps: 1400 },
  { quality: '720p', side: 720, kbps: 2800 },
  { quality: '1080p', side: 1080, kbps: 5000 },
  { quality: '2160p', side: 2160, kbps: 16000 },
];

// H.264 levels (Annex A): max frame size and max macroblocks per second.
const LEVELS: ReadonlyArray<[level: number, maxFrameMbs: number, maxMbps: number]> = [
  [30, 1620, 40500],
  [31, 3600, 108000],
  [32, 5120, 216000],
  [40, 8192, 245760],
  [42, 8704, 522240],
  [50, 22080, 589824],
  [51, 36864, 983040],
  [52, 36864, 2073600],
];

/** The smallest H.264 level that fits a picture size and frame rate, for x264 and the CODECS attribute. */
export function h264Level(width: number, height: number, fps: number): number {
  const mbs = Math.ceil(width / 16) * Math.ceil(height / 16);
  return LEVELS.find(([, frame, rate]) => mbs <= frame && mbs * fps <= rate)?.[0] ?? 52;
}

// Nearest even size (yuv420p needs even), but never above the source's own even size.
const even = (n: number, limit: number) => Math.max(2, Math.min(Math.round(n / 2) * 2, Math.floor(limit / 2) * 2));

function sized(width: number, height: number, fps: number, rung: (typeof LADDER)[number]): Rendition {
  const short = Math.min(width, height);
  // Never upscale: a source smaller than the rung keeps its own size (rounded down to even numbers, which
  // yuv420p needs), and still carries the lowest label.
  const scale = Math.min(1, rung.side / short);
  const w = even(width * scale, width);
  const h = even(height * scale, height);
  return { quality: rung.quality, width: w, height: h, videoKbps: rung.kbps, level: h264Level(w, h, fps) };
}

/**
 * The HLS ladder for a source: its own rung (the largest label not above its short side) and, from 720p up,
 * 360p as well, smallest first so the video turns playable as early as possible. Never upscales.
 */
export function planRenditions(width: number, height: number, fps = 30): Rendition[] {
  const short = Math.min(width, height);
  const top = [...LADDER].reverse().find((r) => r.side <= short) ?? LADDER[0]!;
  const plan = [sized(width, height, fps, top)];
  if (top.side >= 720) plan.unshift(sized(width, height, fps, LADDER[1]!));
  return plan;
}
