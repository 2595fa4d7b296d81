import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { ApiProblem, badRequest } from '../problems.js';
import { base62 } from '../util/ids.js';
import { fsyncFile } from '../util/fs.js';
import { throttle } from './throttle.js';

/** The single file of a multipart request, written and fsynced to a scratch path. */
export interface ReceivedFile {
  /** Scratch path; move it (rename) or delete it. */
  path: string;
  size: number;
  filename: string;
  fieldname: string;
  mimetype: string;
}

export interface ReceivedForm {
  file: ReceivedFile;
  fields: Record<string, string>;
}

/**
 * Streams the one file of a multipart request to `tmpDir` (never buffering it whole) and collects the text fields.
 * Whatever the file field is called, it is the upload, as with api.video. Throws api.video's 400s for no file and
 * for more than one file; `tooLarge` once the file passes `maxBytes` (the rest of the body is read and dropped).
 * `bandwidthBps` caps the reading speed (the bandwidth fault).
 */
export async function receiveForm(
  request: FastifyRequest,
  tmpDir: string,
  maxBytes: number,
  tooLarge: () => ApiProblem,
  bandwidthBps = 0,
): Promise<ReceivedForm> {
  if (!request.isMultipart()) throw noFile();
  await mkdir(tmpDir, { recursive: true });
  const fields: Record<string, string> = {};
  let file: ReceivedFile | undefined;
  let files = 0;
  let overflow = false;
  const discard = async () => {
    if (file) await rm(file.path, { force: true });
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      files++;
      if (overflow) {
        await discard();
        throw tooLarge();
      }
      if (files > 1) {
        // Drain the extra file so the request can be answered cleanly.
        part.file.resume();
        continue;
      }
      const path = join(tmpDir, `upload-${base62(16)}`);
      file = { path, size: 0, filename: part.filename, fieldname: part.fieldname, mimetype: part.mimetype };
      const received = file;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received.size += chunk.length;
          // Past the cap the rest is read and dropped, so the client gets the 400 instead of a reset connection.
          if (received.size > maxBytes) overflow = true;
          callback(null, overflow ? undefined : chunk);
        },
      });
      // The multipart parser reads the raw request itself, so a bandwidth cap applies here, by backpressure.
      if (bandwidthBps > 0) await pipeline(part.file, throttle(bandwidthBps), counter, createWriteStream(path));
      else await pipeline(part.file, counter, createWriteStream(path));
    }
  } catch (error) {
    await discard();
    if (error instanceof ApiProblem) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new ApiProblem(400, 'invalid-request-body', 'The multipart body cannot be read.', 'file');
  }
  if (overflow) {
    await discard();
    throw tooLarge();
  }
  if (files > 1) {
    await discard();
    throw badRequest('uploaded-file-multiple-files', 'There is more than one uploaded file in the request.', 'file');
  }
  if (!file) throw noFile();
  await fsyncFile(file.path);
  return { file, fields };
}

function noFile(): ApiProblem {
  return badRequest('uploaded-file-no-file', 'There is no uploaded file in the request.', 'file');
}
