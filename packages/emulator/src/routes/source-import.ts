import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EmulatorContext } from '../context.js';
import { base62 } from '../util/ids.js';

/** Where a new video's source comes from: a URL to download, or another video's source to copy. */
export type SourceSpec = { kind: 'url'; url: string } | { kind: 'clone'; videoId: string };

/** Why an import failed; logged and emitted as `source:import-failed`. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** A byte counter that fails the pipeline once more than `max` bytes went through. */
function capped(max: number): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > max) callback(new ImportError(`the source is larger than the ${max}-byte limit`));
      else callback(null, chunk);
    },
  });
}

/**
 * Downloads a URL (or copies another video's source) into a new video's source. A download is one GET that follows
 * redirects, with no credentials, cut off after `limits.importTimeoutMs` (headers and body together) or past
 * `limits.maxVideoBytes`; an empty source is refused too. Nothing of a failed import stays on disk.
 */
export async function importSource(ctx: EmulatorContext, videoId: string, source: SourceSpec): Promise<void> {
  const { limits } = ctx.options;
  await mkdir(ctx.paths.tmp, { recursive: true });
  const scratch = join(ctx.paths.tmp, `import-${base62(16)}`);
  try {
    if (source.kind === 'clone') {
      await copyFile(ctx.paths.source(source.videoId), scratch);
    } else {
      ctx.videos.setIngestStatus(videoId, 'uploading');
      const signal = AbortSignal.timeout(limits.importTimeoutMs);
      const response = await fetch(source.url, { signal, redirect: 'follow', credentials: 'omit' });
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new ImportError(`the source answered ${response.status}`);
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declared > limits.maxVideoBytes) {
        await response.body.cancel();
        throw new ImportError(`the source is larger than the ${limits.maxVideoBytes}-byte limit`);
      }
      await pipeline(Readable.fromWeb(response.body), capped(limits.maxVideoBytes), createWriteStream(scratch));
    }
    const { size } = await stat(scratch);
    if (size === 0) throw new ImportError('the source is empty');
    await ctx.videos.attachSource(videoId, scratch, size);
  } finally {
    await rm(scratch, { force: true });
  }
}
