import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createContext } from './context.js';
import type { EmulatorContext } from './context.js';
import { DEFAULT_LIMITS, DEV_API_KEY, NO_FAULTS } from './options.js';
import type { EmulatorOptions } from './options.js';
import { applyFaults } from './routes/admin.js';
import { buildServer } from './server.js';
import { sweepLeftovers } from './upload/sweep.js';

/** A running emulator. */
export interface RunningEmulator {
  /** API base URL, e.g. `http://127.0.0.1:4010` (`https://` with `tls`). Delivery URLs (`/vod/…`, `/live/…`) share it. */
  url: string;
  /** The API key it accepts. */
  apiKey: string;
  /** Absolute path of its data directory. */
  dataDir: string;
  /** RTMP ingest base (`rtmp://127.0.0.1:<port>/s`), when live ingest runs. */
  rtmpUrl?: string;
  /** Stops listening, stops background work and closes the database. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts a local api.video: the REST API, uploads and (when their modules run) encoding, delivery and live ingest.
 *
 * @example
 * const emulator = await startEmulator({ port: 0 });
 * const res = await fetch(`${emulator.url}/videos`, {
 *   headers: { authorization: `Basic ${btoa(`${emulator.apiKey}:`)}` },
 * });
 * await emulator.stop();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return (await launch(options)).emulator;
}

/** Starts the emulator and also returns its context (for tests of the module seams). */
export async function launch(
  options: EmulatorOptions = {},
): Promise<{ emulator: RunningEmulator; ctx: EmulatorContext }> {
  const port = options.port ?? 4010;
  const host = options.host ?? '127.0.0.1';
  let dataDir: string;
  let ownsDataDir = false;
  if (options.dataDir) dataDir = resolve(options.dataDir);
  else if (port === 0) {
    dataDir = await mkdtemp(join(tmpdir(), 'vidkit-emulator-'));
    ownsDataDir = true;
  } else dataDir = resolve('.vidkit-emulator');
  await mkdir(dataDir, { recursive: true });

  const faults = applyFaults({ ...NO_FAULTS }, options.faults ?? {});
  const ctx: EmulatorContext = createContext(
    dataDir,
    {
      host,
      allowedHosts: [host, ...(options.allowedHosts ?? [])],
      port,
      apiKey: options.apiKey ?? DEV_API_KEY,
      logger: options.logger ?? false,
      encoding: { concurrency: options.encoding?.concurrency ?? 1, enabled: options.encoding?.enabled ?? true },
      live: { rtmpPort: options.live?.rtmpPort ?? (port === 0 ? 0 : 1935), record: options.live?.record ?? false },
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      tls: options.tls,
    },
    faults,
  );
  const cleanUp = async () => {
    for (const stop of [...ctx.onStop].reverse()) {
      try {
        await stop();
      } catch (error) {
        ctx.log('error', 'a stop hook failed', error);
      }
    }
    ctx.events.removeAll();
    ctx.db.close();
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  let server: Awaited<ReturnType<typeof buildServer>> | undefined;
  try {
    // Before listening: nothing can be writing scratch files yet.
    const swept = await sweepLeftovers(ctx);
    if (swept.length) ctx.log('info', `removed ${swept.length} leftover file(s) of an interrupted run`);
    server = await buildServer(ctx);
    await server.app.listen({ port, host });
  } catch (error) {
    // A module that started something (the RTMP listener, a job queue) registered its onStop: run them.
    await server?.app.close().catch(() => undefined);
    await cleanUp();
    throw error;
  }
  const { app, deps } = server;
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  ctx.url = `${ctx.options.tls ? 'https' : 'http'}://${urlHost}:${actualPort}`;
  await deps.ingest.recover();

  let stopping: Promise<void> | undefined;
  const emulator: RunningEmulator = {
    url: ctx.url,
    apiKey: ctx.options.apiKey,
    dataDir,
    ...(ctx.rtmpUrl ? { rtmpUrl: ctx.rtmpUrl } : {}),
    stop() {
      stopping ??= (async () => {
        await app.close();
        await cleanUp();
      })();
      return stopping;
    },
  };
  return { emulator, ctx };
}
