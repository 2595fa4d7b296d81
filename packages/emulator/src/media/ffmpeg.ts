import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Where the ffmpeg and ffprobe executables are. */
export interface FfmpegTools {
  ffmpeg: string;
  ffprobe: string;
}

/** Stable codes of the media module's errors. */
export const MediaErrorCode = {
  /** ffmpeg or ffprobe could not be found. */
  FfmpegMissing: 'ffmpeg_missing',
  /** ffmpeg or ffprobe ran and failed (for instance on a file that is not a video). */
  FfmpegFailed: 'ffmpeg_failed',
  /** The source has no video stream the encoder can use. */
  NotAVideo: 'not_a_video',
  /** The job was cancelled because the emulator is stopping. */
  Aborted: 'aborted',
} as const;
export type MediaErrorCode = (typeof MediaErrorCode)[keyof typeof MediaErrorCode];

/** An error of the emulator's media pipeline, with a stable `code`. */
export class MediaError extends Error {
  override name = 'MediaError';
  readonly code: MediaErrorCode;
  constructor(code: MediaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name: string, pathVariable: string): string | undefined {
  for (const dir of pathVariable.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function locate(name: string, override: string | undefined, pathVariable: string): string | undefined {
  if (override) {
    if (isAbsolute(override)) return isExecutable(override) ? override : undefined;
    return which(override, pathVariable);
  }
  return which(name, pathVariable);
}

/**
 * Finds ffmpeg and ffprobe the way the repo's bootstrap does: `FFMPEG_PATH` / `FFPROBE_PATH` first, then `PATH`.
 * Throws one `MediaError` (`ffmpeg_missing`) that says how to fix it, so a missing ffmpeg shows at start-up
 * rather than as failed encodings later.
 */
export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): FfmpegTools {
  const pathVariable = env.PATH ?? '';
  const ffmpeg = locate('ffmpeg', env.FFMPEG_PATH, pathVariable);
  const ffprobe = locate('ffprobe', env.FFPROBE_PATH, pathVariable);
  if (!ffmpeg || !ffprobe) {
    const missing = [!ffmpeg && 'ffmpeg', !ffprobe && 'ffprobe'].filter(Boolean).join(' and ');
    throw new MediaError(
      MediaErrorCode.FfmpegMissing,
      `The emulator needs ${missing} to encode uploaded videos, and could not find it (looked at FFMPEG_PATH, FFPROBE_PATH, then PATH). ` +
        'Install ffmpeg (e.g. `apt-get install ffmpeg` or `brew install ffmpeg`), set FFMPEG_PATH and FFPROBE_PATH, ' +
        'or start the emulator with `encoding: { enabled: false }`.',
    );
  }
  return { ffmpeg, ffprobe };
}

/** Runs a tool to completion and resolves with its stdout; rejects with a `MediaError` holding the end of stderr. */
export function runTool(bin: string, args: readonly string[], signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new MediaError(MediaErrorCode.Aborted, 'Cancelled before it started.'));
      return;
    }
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      // Only the tail matters for the message; keep memory bounded on chatty runs.
      err = (err + chunk.toString('utf8')).slice(-4000);
    });
    const onAbort = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (cause) => {
      signal?.removeEventListener('abort', onAbort);
      reject(new MediaError(MediaErrorCode.FfmpegMissing, `Could not run ${bin}: ${cause.message}`, { cause }));
    });
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) reject(new MediaError(MediaErrorCode.Aborted, `${bin} was stopped.`));
      else if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else {
        const tail = err.trim().split('\n').slice(-3).join(' | ');
        reject(new MediaError(MediaErrorCode.FfmpegFailed, `${bin} exited with code ${code}: ${tail}`));
      }
    });
  });
}
