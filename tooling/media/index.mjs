// Test media, made on demand with ffmpeg and kept in a git-ignored cache, so no media is ever committed.
// Each file is named after a hash of what it is, written to a temporary name and renamed into place,
// so parallel test workers asking for the same clip never see a half-written file.

import { spawn } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

/** Where generated media is kept: `VIDKIT_MEDIA_CACHE`, else `~/.cache/vidkit/media`. */
export function mediaCacheDir() {
  const dir =
    process.env.VIDKIT_MEDIA_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'vidkit', 'media');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const CODECS = {
  h264: {
    video: ['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'],
    audio: ['-c:a', 'aac', '-b:a', '96k'],
  },
  vp9: {
    video: ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M'],
    audio: ['-c:a', 'libopus', '-b:a', '64k'],
  },
};
const DEFAULT_CONTAINER = { h264: 'mp4', vp9: 'webm' };

function tmpName(path) {
  return `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}

function runFfmpeg(args) {
  const ffmpeg = process.env.FFMPEG_PATH ?? 'ffmpeg';
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) =>
      reject(
        new Error(`Could not run ffmpeg (${ffmpeg}): ${err.message}. Install ffmpeg or set FFMPEG_PATH.`, {
          cause: err,
        }),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/**
 * A short test clip (test pattern and a tone), generated once and reused.
 * @param {import('./index.d.mts').ClipOptions} [options]
 * @returns {Promise<string>} the clip's path
 */
export async function ensureClip(options = {}) {
  const { duration = 4, width = 640, height = 360, fps = 30, codec = 'h264', audio = true } = options;
  const container = options.container ?? DEFAULT_CONTAINER[codec];
  const spec = CODECS[codec];
  if (!spec) throw new Error(`Unknown codec "${codec}": use one of ${Object.keys(CODECS).join(', ')}.`);
  const key = createHash('sha256')
    .update(JSON.stringify({ duration, width, height, fps, codec, audio, container, v: 1 }))
    .digest('hex')
    .slice(0, 16);
  const path = join(
    mediaCacheDir(),
    `clip-${width}x${height}-${duration}s-${codec}${audio ? '' : '-noaudio'}-${key}.${container}`,
  );
  if (existsSync(path)) return path;
  const tmp = tmpName(path);
  try {
    await runFfmpeg([
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=${width}x${height}:rate=${fps}:duration=${duration}`,
      ...(audio ? ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${duration}`] : []),
      ...spec.video,
      '-g',
      String(fps * 2),
      '-keyint_min',
      String(fps * 2),
      ...(audio ? spec.audio : ['-an']),
      ...(container === 'mp4' || container === 'mov' ? ['-movflags', '+faststart'] : []),
      '-f',
      container === 'mkv' ? 'matroska' : container,
      tmp,
    ]);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  return path;
}

/**
 * A file of exactly `size` bytes of deterministic pseudo-random data (AES-CTR keystream of `seed`),
 * generated once and reused. Two calls with the same size and seed give the same bytes.
 * @param {{ size: number, seed?: string }} options
 * @returns {Promise<string>} the file's path
 */
export async function ensureFile({ size, seed = 'vidkit' }) {
  if (!Number.isSafeInteger(size) || size < 0)
    throw new Error(`ensureFile: size must be a whole number of bytes, got ${size}`);
  const path = join(
    mediaCacheDir(),
    `file-${size}-${createHash('sha256').update(seed).digest('hex').slice(0, 12)}.bin`,
  );
  if (existsSync(path) && statSync(path).size === size) return path;
  const tmp = tmpName(path);
  const key = createHash('sha256').update(`key:${seed}`).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const block = Buffer.alloc(1 << 20);
  async function* chunks() {
    for (let left = size; left > 0; left -= block.length)
      yield cipher.update(left >= block.length ? block : block.subarray(0, left));
  }
  try {
    if (size === 0) writeFileSync(tmp, '');
    else await pipeline(Readable.from(chunks()), createWriteStream(tmp));
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  return path;
}

/**
 * A file that claims to be a video but is not one (random bytes with an .mp4 name), for failure paths.
 * @returns {Promise<string>}
 */
export async function ensureBrokenVideo() {
  const source = await ensureFile({ size: 256 * 1024, seed: 'broken-video' });
  const path = join(mediaCacheDir(), 'broken-video.mp4');
  if (!existsSync(path)) {
    const tmp = tmpName(path);
    await pipeline((await import('node:fs')).createReadStream(source), createWriteStream(tmp));
    renameSync(tmp, path);
  }
  return path;
}

/** The sha256 of a file, as lowercase hex. */
export async function sha256File(path) {
  const hash = createHash('sha256');
  await pipeline((await import('node:fs')).createReadStream(path), hash);
  return hash.digest('hex');
}
