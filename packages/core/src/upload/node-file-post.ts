// Loaded with node-source.ts (file paths only), so browser bundles never carry it.

/** The parts of `node:fs/promises`, `node:http(s)` and `Buffer` used, typed here so the build needs no Node types. */
interface FileHandle {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}
interface IncomingMessage extends AsyncIterable<Uint8Array> {
  statusCode?: number;
  statusMessage?: string;
  rawHeaders: string[];
}
interface ClientRequest {
  on(event: 'response', listener: (response: IncomingMessage) => void): ClientRequest;
  on(event: 'error', listener: (error: Error) => void): ClientRequest;
  write(chunk: Uint8Array, callback: (error?: Error | null) => void): boolean;
  end(chunk: Uint8Array): void;
  destroy(error?: Error): void;
}
interface NodeHttp {
  request(
    url: string,
    options: { method: string; headers: Record<string, string>; signal?: AbortSignal },
  ): ClientRequest;
}

const FS = 'node:fs/promises';
const HTTP = 'node:http';
const HTTPS = 'node:https';

/** Bytes read from disk per write; two such buffers per request are all the memory a part needs. */
const CHUNK = 1024 * 1024;
/** Statuses a `Response` cannot carry a body with. */
const NULL_BODY = [204, 205, 304];

/**
 * Builds a `fetch`-shaped function that POSTs head, bytes `[start, end)` of the file at `path`, and tail with
 * node:http(s), with a `Content-Length`. It reads through two reused 1 MiB buffers, each refilled only once the
 * socket has taken its previous bytes, so a part costs 2 MiB whatever its size. Streaming a file through Node's
 * fetch allocates a new buffer for every 64 KiB chunk, and on a 4 GiB file that garbage piles up faster than the
 * collector reclaims it (hundreds of MiB of RSS). It takes `url` and `init.method`, `headers` (a plain object) and `signal` (abort
 * or timeout: it rejects with the abort's error, as fetch does); `init.body` is ignored. `onSent(bytes)` follows the
 * body's bytes as the socket takes them.
 */
export function filePost(
  path: string,
  start: number,
  end: number,
  head: string,
  tail: string,
  onSent?: (bytes: number) => void,
): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    const [fs, http] = (await Promise.all([
      import(/* @vite-ignore */ /* webpackIgnore: true */ FS),
      import(/* @vite-ignore */ /* webpackIgnore: true */ url.startsWith('https:') ? HTTPS : HTTP),
    ])) as [{ open(path: string): Promise<FileHandle> }, NodeHttp];
    const encoder = new TextEncoder();
    const body = { file: await fs.open(path), start, end, head: encoder.encode(head), tail: encoder.encode(tail) };
    return new Promise<Response>((resolve, reject) => {
      const request = http.request(url, {
        method: init.method ?? 'POST',
        headers: {
          ...(init.headers as Record<string, string>),
          'Content-Length': String(body.head.byteLength + (end - start) + body.tail.byteLength),
        },
        ...(init.signal && { signal: init.signal }),
      });
      // An answer may come before the body is all sent (an error status): from then on the loop stops writing.
      let answered = false;
      let sent = false;
      request.on('error', reject);
      request.on('response', (response) => {
        answered = true;
        readResponse(response).then((answer) => {
          // The unsent rest will not be read: drop the connection rather than leave the request open.
          if (!sent) request.destroy();
          resolve(answer);
        }, reject);
      });
      writeBody(request, body, () => answered, onSent).then(
        (ended) => (sent = ended),
        (error: Error) => {
          if (answered) return;
          request.destroy(error);
          reject(error);
        },
      );
    });
  }) as typeof fetch;
}

function writeChunk(request: ClientRequest, chunk: Uint8Array): Promise<void> {
  const written = new Promise<void>((resolve, reject) =>
    request.write(chunk, (error) => (error ? reject(error) : resolve())),
  );
  // Awaited later; a failure meanwhile (the request was destroyed) must not count as unhandled.
  written.catch(() => {});
  return written;
}

async function writeBody(
  request: ClientRequest,
  body: { file: FileHandle; start: number; end: number; head: Uint8Array; tail: Uint8Array },
  answered: () => boolean,
  onSent: ((bytes: number) => void) | undefined,
): Promise<boolean> {
  const { file, start, end } = body;
  try {
    const size = Math.min(CHUNK, end - start);
    const buffers = [new Uint8Array(size), new Uint8Array(size)];
    // One write in flight while the next buffer is filled; a buffer is reused only after its write has completed.
    let loaded = 0;
    const write = (chunk: Uint8Array) => {
      const written = writeChunk(request, chunk);
      written.then(
        () => onSent?.((loaded += chunk.byteLength)),
        () => {},
      );
      return written;
    };
    let written = write(body.head);
    for (let position = start, turn = 0; position < end && !answered(); turn ^= 1) {
      const buffer = buffers[turn]!;
      const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.byteLength, end - position), position);
      if (bytesRead === 0) throw new Error('The file became shorter while it was being uploaded.');
      await written;
      written = write(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    await written;
    if (!answered()) request.end(body.tail);
    return !answered();
  } finally {
    await file.close();
  }
}
async function readResponse(response: IncomingMessage): Promise<Response> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of response) chunks.push(chunk);
  const headers = new Headers();
  for (let i = 0; i < response.rawHeaders.length; i += 2) {
    headers.append(response.rawHeaders[i]!, response.rawHeaders[i + 1]!);
  }
  const status = response.statusCode ?? 0;
  const body = NULL_BODY.includes(status) ? null : new Blob(chunks as Uint8Array<ArrayBuffer>[]);
  return new Response(body, { status, statusText: response.statusMessage ?? '', headers });
}
