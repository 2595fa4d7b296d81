import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

const CONTENT_TYPES: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The content type of a delivered file, by its extension. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

/** A parsed single `Range: bytes=…` header; undefined for none or a form we serve whole (several ranges). */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return header.includes(',') ? undefined : 'invalid';
  const [, from, to] = match;
  if (from === '' && to === '') return 'invalid';
  let start: number;
  let end: number;
  if (from === '') {
    // A suffix range: the last N bytes.
    const suffix = Number(to);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/** Headers for how long a delivered file may be cached, by who. */
export type CachePolicy = 'immutable' | 'revalidate';

/**
 * Sends a file with its content type, an ETag, `Accept-Ranges` and single byte ranges (206/416),
 * answering conditional requests with 304. Resolves false (sending nothing) when the file does not exist.
 */
export async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
  options: { cache: CachePolicy; isPrivate: boolean; contentType?: string },
): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const scope = options.isPrivate ? 'private' : 'public';
  reply
    .header('content-type', options.contentType ?? contentTypeOf(path))
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    .header('last-modified', info.mtime.toUTCString())
    .header('cache-control', options.cache === 'immutable' ? `${scope}, max-age=86400` : `${scope}, no-cache`);
  if (request.headers['if-none-match'] === etag) {
    reply.code(304).send();
    return true;
  }
  const range = parseRange(request.headers.range, info.size);
  if (range === 'invalid') {
    reply.code(416).header('content-range', `bytes */${info.size}`).send();
    return true;
  }
  if (range) {
    reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${info.size}`)
      .header('content-length', range.end - range.start + 1);
    reply.send(createReadStream(path, { start: range.start, end: range.end }));
    return true;
  }
  reply.code(200).header('content-length', info.size);
  reply.send(info.size === 0 ? '' : createReadStream(path));
  return true;
}
