import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request and its answer, as they crossed the wire. */
export interface Exchange {
  method: string;
  /** Path and query, as sent. */
  path: string;
  status: number;
  contentType: string | undefined;
  /** The answer's body as text (the API answers JSON or nothing). */
  body: string;
}

/** A running tap: point a client at `url`, read what crossed in `exchanges`. */
export interface WireTap {
  url: string;
  exchanges: Exchange[];
  stop(): Promise<void>;
}

/**
 * A transparent HTTP relay in front of the emulator that keeps a copy of every answer. It is how the suite sees the
 * exact bytes and headers api.video's client received without touching the client: requests and answers pass
 * through unchanged (method, path, headers, status, body).
 */
export async function startWireTap(target: string): Promise<WireTap> {
  const upstream = new URL(target);
  const exchanges: Exchange[] = [];
  const server = createServer((incoming, outgoing) => {
    const relay = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          outgoing.write(chunk);
        });
        answer.on('end', () => {
          exchanges.push({
            method: incoming.method ?? 'GET',
            path: incoming.url ?? '/',
            status: answer.statusCode ?? 0,
            contentType: answer.headers['content-type'],
            body: Buffer.concat(chunks).toString('utf8'),
          });
          outgoing.end();
        });
      },
    );
    relay.on('error', () => outgoing.destroy());
    incoming.pipe(relay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
