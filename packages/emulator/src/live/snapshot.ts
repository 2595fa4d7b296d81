import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * A JPEG of the newest segment's first frame in a broadcast's directory, or undefined when there is none yet or
 * ffmpeg cannot make one (an audio-only broadcast). Decodes one frame, so it is cheap enough to run per request.
 */
export async function snapshotBroadcast(
  dir: string,
  playlist: string,
  ffmpegPath?: string,
): Promise<Buffer | undefined> {
  const text = await readFile(playlist, 'utf8').catch(() => undefined);
  const newest = text
    ?.split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .at(-1);
  if (!newest) return undefined;
  const segment = join(dir, basename(newest));
  const args = ['-v', 'error', '-i', segment, '-map', '0:v:0', '-frames:v', '1', '-q:v', '4', '-f', 'mjpeg', 'pipe:1'];
  return new Promise((resolve) => {
    execFile(
      ffmpegPath ?? process.env.FFMPEG_PATH ?? 'ffmpeg',
      args,
      { encoding: 'buffer', timeout: 10_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => resolve(error || stdout.length === 0 ? undefined : stdout),
    );
  });
}
