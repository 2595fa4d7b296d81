import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { EmulatorContext } from '../context.js';
import { receiveForm } from '../http/multipart.js';
import type { ReceivedForm } from '../http/multipart.js';
import { ApiProblem, badRequest } from '../problems.js';
import { fsyncDir } from '../util/fs.js';
import { checkVtt } from './vtt.js';

/** Images, captions and chapters are small; this caps them. */
const SMALL_FILE_BYTES = 20 * 1024 * 1024;

/** Moves a received file into place durably. */
export async function storeFile(from: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await rename(from, target);
  await fsyncDir(dirname(target));
}

/** Receives the one small file of a multipart request. The caller stores or deletes `file.path`. */
export function receiveSmallFile(request: FastifyRequest, ctx: EmulatorContext): Promise<ReceivedForm> {
  return receiveForm(
    request,
    ctx.paths.tmp,
    SMALL_FILE_BYTES,
    () => new ApiProblem(413, 'request-entity-too-large', `The file is larger than ${SMALL_FILE_BYTES} bytes.`, 'file'),
    ctx.faults.bandwidthBps,
  );
}

/**
 * Receives an image and checks its extension like api.video (`Only [jpeg, jpg, JPG, JPEG] extensions are
 * supported.`), then moves it to `target`.
 */
export async function receiveImage(
  request: FastifyRequest,
  ctx: EmulatorContext,
  extensions: readonly string[],
  target: string,
): Promise<ReceivedForm> {
  const form = await receiveSmallFile(request, ctx);
  try {
    const extension = extname(form.file.filename).slice(1);
    if (!extensions.includes(extension)) {
      throw badRequest(
        'uploaded-file-extension-invalid',
        `Only [${extensions.join(', ')}] extensions are supported.`,
        'file',
      );
    }
    await storeFile(form.file.path, target);
    return form;
  } finally {
    await rm(form.file.path, { force: true });
  }
}

/** Receives a caption or chapter file, refuses it with a 400 unless it is WebVTT, then moves it to `target`. */
export async function receiveVtt(request: FastifyRequest, ctx: EmulatorContext, target: string): Promise<void> {
  const form = await receiveSmallFile(request, ctx);
  try {
    await checkVtt(form.file.path);
    await storeFile(form.file.path, target);
  } finally {
    await rm(form.file.path, { force: true });
  }
}

export const JPEG_EXTENSIONS = ['jpeg', 'jpg', 'JPG', 'JPEG'] as const;
export const IMAGE_EXTENSIONS = ['jpeg', 'jpg', 'JPG', 'JPEG', 'png', 'PNG'] as const;
