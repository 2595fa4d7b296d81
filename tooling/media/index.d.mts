export interface ClipOptions {
  /** Seconds. Default 4. */
  duration?: number;
  /** Default 640. */
  width?: number;
  /** Default 360. */
  height?: number;
  /** Default 30. */
  fps?: number;
  /** Default 'h264'. */
  codec?: 'h264' | 'vp9';
  /** Default: mp4 for h264, webm for vp9. */
  container?: 'mp4' | 'mov' | 'mkv' | 'webm';
  /** Include a sine tone. Default true. */
  audio?: boolean;
}
/** Where generated media is kept: `VIDKIT_MEDIA_CACHE`, else `~/.cache/vidkit/media`. */
export function mediaCacheDir(): string;
/** A short test clip (test pattern and tone), generated once with ffmpeg and reused. Returns its path. */
export function ensureClip(options?: ClipOptions): Promise<string>;
/** A file of exactly `size` bytes of deterministic pseudo-random data, generated once and reused. Returns its path. */
export function ensureFile(options: { size: number; seed?: string }): Promise<string>;
/** A file with an .mp4 name that is not a video. Returns its path. */
export function ensureBrokenVideo(): Promise<string>;
/** The sha256 of a file, as lowercase hex. */
export function sha256File(path: string): Promise<string>;
