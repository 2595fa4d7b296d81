import { createServer, type Socket } from 'node:net';
import { RtmpConnection, type PublishHandler } from './connection.js';

/** A listening RTMP ingest server. */
export interface RtmpServer {
  /** The port it listens on (useful when started on port 0). */
  readonly port: number;
  /** Stops listening and drops every connection (each active publish ends). */
  close(): Promise<void>;
}

/**
 * Starts an RTMP ingest server: many publishers on one port, each routed by its stream key through `onPublish`.
 */
export async function startRtmpServer(options: {
  host: string;
  port: number;
  apps: readonly string[];
  onPublish: PublishHandler;
}): Promise<RtmpServer> {
  const sockets = new Map<Socket, Promise<void>>();
  const server = createServer((socket) => {
    sockets.set(socket, new Promise((resolve) => socket.once('close', () => resolve())));
    socket.once('close', () => sockets.delete(socket));
    new RtmpConnection(socket, { apps: options.apps, onPublish: options.onPublish });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const connections = [...sockets.values()];
      for (const socket of sockets.keys()) socket.destroy();
      // Each connection's close handler ends its broadcast; callers rely on that having happened.
      await Promise.all([closed, ...connections]);
    },
  };
}
