import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorContext } from '../context.js';
import { ID_PATTERN } from '../util/ids.js';

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/**
 * Removes what a killed emulator left half-written, before it listens again: every scratch file (request bodies and
 * URL imports in `tmp/`), half-assembled sources (`videos/{id}/source.partial`), part files that were moved into
 * place but never recorded (so never answered with a 201), and the part folders of videos that are gone or already
 * assembled. An acknowledged part (a row in `upload_parts`) and every assembled source stay untouched.
 * Returns the paths removed.
 */
export async function sweepLeftovers(ctx: EmulatorContext): Promise<string[]> {
  const removed: string[] = [];
  const remove = async (path: string) => {
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  };
  for (const name of await entries(ctx.paths.tmp)) await remove(join(ctx.paths.tmp, name));
  for (const videoId of await entries(join(ctx.dataDir, 'videos'))) {
    if (!ID_PATTERN.test(videoId)) continue;
    const dir = ctx.paths.videoDir(videoId);
    for (const name of await entries(dir)) if (name.endsWith('.partial')) await remove(join(dir, name));
  }
  const uploads = join(ctx.dataDir, 'uploads');
  for (const videoId of await entries(uploads)) {
    const dir = join(uploads, videoId);
    const video = ID_PATTERN.test(videoId) ? ctx.videos.get(videoId) : undefined;
    if (!video || video.upload.assembled) {
      if (video) ctx.parts.clear(videoId);
      await remove(dir);
      continue;
    }
    const acknowledged = new Set(ctx.parts.list(videoId).map((part) => `part-${part.key}`));
    for (const name of await entries(dir)) if (!acknowledged.has(name)) await remove(join(dir, name));
  }
  return removed;
}
