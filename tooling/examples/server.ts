import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port, found by binding port 0. */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** How to start an app's production server on a given port. */
export interface ServerCommand {
  command: string;
  args: string[];
  /** Added to the environment (after `PORT` and `HOST`, so a command may override them). */
  env?: Record<string, string>;
}

/** A production server the tests started. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What it printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Stops it and every process it started (its process group); resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a production server on a free loopback port (`PORT`, `HOST=127.0.0.1` in its environment, which Next,
 * Nitro, adapter-node and Angular's `server.mjs` all read) and resolves once it answers HTTP.
 *
 * @example
 * const server = await startServer((port) => ({ command: process.execPath, args: ['build/index.js'], env }), appDir);
 */
export async function startServer(
  command: (port: number) => ServerCommand,
  cwd: string,
  { readyTimeout = 60_000 }: { readyTimeout?: number } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const { command: file, args, env } = command(port);
  const child = spawn(file, args, {
    cwd,
    // Its own process group, so stop() also ends the workers a framework's CLI forks.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let running = true;
  void exited.then(() => (running = false));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (running && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };

  const deadline = Date.now() + readyTimeout;
  for (;;) {
    if (!running) throw new Error(`The server (${file} ${args.join(' ')}) exited before answering:\n${output}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer on ${url} within ${readyTimeout} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, output: () => output, stop };
}
