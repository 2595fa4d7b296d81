import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { flvHeader, flvTag } from './flv.js';
import type { MediaKind } from './rtmp/connection.js';

/** The live window: 2 s segments, the last six in the playlist (api.video's live latency class). */
export const LIVE_SEGMENT_SECONDS = 2;
export const LIVE_WINDOW_SEGMENTS = 6;

const FLUSH_TIMEOUT_MS = 15_000;

/** The name ffmpeg writes the rolling playlist under, inside the packager's directory. */
export const PLAYLIST_FILE = 'index.m3u8';

/** One broadcast being packaged by ffmpeg. */
export interface HlsPackager {
  write(kind: MediaKind, timestamp: number, payload: Buffer): void;
  /** Ends the input; resolves once ffmpeg has flushed the last segment and the recording (exit code). */
  end(): Promise<number | null>;
  /** Kills ffmpeg without waiting for it to flush (the emulator is stopping). */
  kill(): void;
  /** Resolves when ffmpeg exits, however that happens. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts ffmpeg reading the publisher's FLV on stdin and writing a rolling HLS window into `dir` with the codecs
 * copied (RTMP publishers send H.264/AAC, which HLS carries as is), and, when `recordPath` is set, the whole
 * broadcast as an MP4 beside it.
 */
export function startHlsPackager(options: {
  dir: string;
  /** Prefix of each segment URI in the playlist (e.g. `li123/b1/`), relative to the playlist's URL. */
  segmentBaseUrl: string;
  recordPath?: string;
  ffmpegPath?: string;
  onError?: (message: string) => void;
}): HlsPackager {
  mkdirSync(options.dir, { recursive: true });
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'flv',
    '-i',
    'pipe:0',
    '-map',
    '0:v?',
    '-map',
    '0:a?',
    '-c',
    'copy',
    '-f',
    'hls',
    '-hls_time',
    String(LIVE_SEGMENT_SECONDS),
    '-hls_list_size',
    String(LIVE_WINDOW_SEGMENTS),
    '-hls_flags',
    'delete_segments+independent_segments+temp_file',
    '-hls_base_url',
    options.segmentBaseUrl,
    '-hls_segment_filename',
    join(options.dir, '%d.ts'),
    join(options.dir, PLAYLIST_FILE),
  ];
  if (options.recordPath) {
    args.push('-map', '0:v?', '-map', '0:a?', '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', options.recordPath);
  }
  const child = spawn(options.ffmpegPath ?? process.env.FFMPEG_PATH ?? 'ffmpeg', args, {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      options.onError?.(`could not run ffmpeg: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code) => {
      if (code !== 0 && stderr.trim()) options.onError?.(`ffmpeg exited with ${code}: ${stderr.trim()}`);
      resolve(code);
    });
  });
  // A dead ffmpeg makes writes fail with EPIPE; the exit handler reports it once.
  child.stdin.on('error', () => {});
  child.stdin.write(flvHeader());

  return {
    exited,
    write(kind, timestamp, payload) {
      if (!child.stdin.writable) return;
      child.stdin.write(flvTag(kind, timestamp, payload));
    },
    end() {
      child.stdin.end();
      // ffmpeg exits once it has flushed; one that does not within this time is stuck.
      const timer = setTimeout(() => child.kill('SIGKILL'), FLUSH_TIMEOUT_MS);
      timer.unref();
      return exited.finally(() => clearTimeout(timer));
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
