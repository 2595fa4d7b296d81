// Loaded on demand (file paths and streams only), so browser bundles never carry it.
import { OptionsError } from '../errors.js';
import { formatContentRange } from './content-range.js';
import { filePost } from './node-file-post.js';
import type { Part, PartQueue } from './part-queue.js';
import type { OpenedSource } from './source.js';

/** The `node:fs` functions used, typed here so the build needs no Node types. */
interface NodeFs {
  promises: { stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }> };
  createReadStream(
    path: string,
    options: { start: number; end: number; highWaterMark?: number },
  ): AsyncIterable<Uint8Array>;
}

const FS = 'node:fs';

/** `ReadableStream.from`, which Node has and the DOM typings lack. */
interface StreamFrom {
  from(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array>;
}

/** A part of a file on disk, which the transport wraps in its multipart head and tail without reading it. */
export interface WrappableBody {
  /** The request body for a given `fetch`: head, the part's bytes, tail, streamed. */
  wrap(head: string, tail: string): ReadableStream<Uint8Array>;
  /** A `fetch`-shaped sender of head, the part's bytes and tail over node:http(s), through two reused buffers. */
  post(head: string, tail: string, onSent?: (bytes: number) => void): typeof fetch;
}

/**
 * Bytes `[start, end)` of the file at `path`, read from disk each time the part is sent, so nothing is held in
 * memory and a retry simply reads again. Not fs.openAsBlob: it reports size 0 for files of 4 GiB and more (a
 * 32-bit overflow in Node), and Node's fetch cannot take a Blob-like object as a body.
 */
function filePart(fs: NodeFs, path: string, start: number, end: number): Blob {
  const encode = (text: string) => new TextEncoder().encode(text);
  const body: { size: number } & WrappableBody = {
    size: end - start,
    // With an app's own fetch: a streamed body (sent with `duplex: 'half'`, chunked).
    wrap: (head, tail) =>
      (ReadableStream as unknown as StreamFrom).from(
        (async function* () {
          yield encode(head);
          yield* fs.createReadStream(path, { start, end: end - 1 });
          yield encode(tail);
        })(),
      ),
    post: (head, tail, onSent) => filePost(path, start, end, head, tail, onSent),
  };
  return body as unknown as Blob;
}

/** A file on disk, read one range at a time while each part is sent. */
export async function fileSource(path: string): Promise<OpenedSource> {
  // A variable specifier keeps bundlers from resolving node:fs for browsers.
  const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ FS)) as NodeFs;
  let stat: Awaited<ReturnType<NodeFs['promises']['stat']>>;
  try {
    stat = await fs.promises.stat(path);
  } catch (cause) {
    throw new OptionsError(`Cannot read the file to upload: ${String(cause)}`, 'invalid_source');
  }
  if (!stat.isFile()) throw new OptionsError(`${path} is not a regular file.`, 'invalid_source');
  return {
    name: path.split(/[\\/]/).pop() || 'file',
    size: stat.size,
    lastModified: Math.floor(stat.mtimeMs),
    // Each part streams from disk while it is sent, never held in memory.
    slice: (start, end) => filePart(fs, path, start, end),
  };
}

function readerIterator(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncIterator<Uint8Array> {
  return { next: () => reader.read() as Promise<IteratorResult<Uint8Array>> };
}

/**
 * A Node `Readable` or web `ReadableStream`, read once in order; its size is known only at its end. Reads until the
 * first byte before resolving, so an empty stream is refused (`invalid_source`) before any request is sent: with an
 * API key, the video would otherwise be created first and left empty.
 */
export async function streamSource(
  input: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
): Promise<OpenedSource> {
  const iterator: AsyncIterator<Uint8Array> =
    Symbol.asyncIterator in input
      ? (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]()
      : readerIterator((input as ReadableStream<Uint8Array>).getReader());
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let ended = false;
  const fill = async (bytes: number) => {
    while (!ended && pendingBytes < bytes) {
      const result = await iterator.next();
      if (result.done) ended = true;
      else {
        const chunk = typeof result.value === 'string' ? new TextEncoder().encode(result.value) : result.value;
        pending.push(chunk);
        pendingBytes += chunk.byteLength;
      }
    }
  };
  await fill(1);
  if (!pendingBytes) throw new OptionsError('The stream to upload is empty.', 'invalid_source');
  return {
    name: 'stream',
    size: undefined,
    lastModified: undefined,
    async next(bytes) {
      await fill(bytes);
      const parts: Uint8Array[] = [];
      let taken = 0;
      while (taken < bytes && pending.length > 0) {
        const chunk = pending[0]!;
        const want = bytes - taken;
        if (chunk.byteLength <= want) {
          parts.push(chunk);
          pending.shift();
          taken += chunk.byteLength;
        } else {
          parts.push(chunk.subarray(0, want));
          pending[0] = chunk.subarray(want);
          taken += want;
        }
      }
      pendingBytes -= taken;
      if (pending.length === 0) pending = [];
      return new Blob(parts as Uint8Array<ArrayBuffer>[]);
    },
  };
}

/**
 * Parts of a stream of unknown size: `part n/*`, and `part n/n` for the last, found by reading one part ahead so
 * the last part is never empty.
 */
export function streamQueue(source: OpenedSource, partSize: number): PartQueue {
  const returned: Part[] = [];
  let ahead: Blob | undefined;
  let n = 0;
  let bytesKnown = 0;
  let partsKnown: number | undefined;
  let reading: Promise<unknown> = Promise.resolve();
  const read = async () => {
    const blob = await source.next!(partSize);
    bytesKnown += blob.size;
    return blob;
  };
  const next = async (): Promise<Part | undefined> => {
    if (partsKnown !== undefined) return undefined;
    const current = ahead ?? (await read());
    ahead = await read();
    n += 1;
    const last = ahead.size === 0;
    if (last) partsKnown = n;
    if (current.size === 0) throw new OptionsError('The stream to upload is empty.', 'invalid_source');
    return { n, bytes: current, contentRange: formatContentRange(n, last ? n : '*'), last };
  };
  return {
    take() {
      if (returned.length > 0) return Promise.resolve(returned.shift());
      // Reads must not interleave: chain them.
      const result = reading.then(next);
      reading = result.catch(() => undefined);
      return result;
    },
    giveBack(part) {
      returned.push(part);
      returned.sort((a, b) => a.n - b.n);
    },
    get bytesKnown() {
      return bytesKnown;
    },
    get partsKnown() {
      return partsKnown;
    },
  };
}
