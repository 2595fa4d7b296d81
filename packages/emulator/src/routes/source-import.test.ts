import { readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorContext } from '../context.js';
import type { RunningEmulator } from '../index.js';
import { launch } from '../start.js';

const KiB = 1024;
let emulator: RunningEmulator;
let ctx: EmulatorContext;
let origin: Server;
let originUrl: string;
/** Responses the origin keeps open (the stalled one), ended at teardown. */
const open = new Set<ServerResponse>();

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  // Declares a size over the limit.
  '/declared-too-large': (_request, response) => {
    response.writeHead(200, { 'content-length': String(64 * KiB) });
    response.end(Buffer.alloc(64 * KiB));
  },
  // Declares nothing and streams past the limit.
  '/streamed-too-large': (_request, response) => {
    response.writeHead(200, { 'content-type': 'video/mp4' });
    for (let i = 0; i < 8; i++) response.write(Buffer.alloc(8 * KiB, i));
    response.end();
  },
  // Sends headers and a few bytes, then nothing.
  '/stalls': (_request, response) => {
    open.add(response);
    response.writeHead(200, { 'content-type': 'video/mp4' });
    response.write(Buffer.alloc(KiB));
  },
  '/empty': (_request, response) => response.writeHead(200, { 'content-length': '0' }).end(),
  '/small': (_request, response) => response.writeHead(200).end(Buffer.alloc(8 * KiB, 1)),
};

beforeAll(async () => {
  origin = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
  ({ emulator, ctx } = await launch({
    port: 0,
    encoding: { enabled: false },
    limits: { maxVideoBytes: 32 * KiB, importTimeoutMs: 300 },
  }));
});
afterAll(async () => {
  await emulator.stop();
  for (const response of open) response.destroy();
  origin.closeAllConnections();
  await new Promise((resolve) => origin.close(resolve));
});

const auth = () => ({ authorization: `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}` });

/** Creates a video from `path` of the origin and resolves with how its import ended. */
async function importFrom(path: string): Promise<{ videoId: string; outcome: 'assembled' | string }> {
  const response = await fetch(`${emulator.url}/videos`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify({ title: path, source: `${originUrl}${path}` }),
  });
  expect(response.status).toBe(202);
  const { videoId } = (await response.json()) as { videoId: string };
  const outcome = await new Promise<string>((resolve) => {
    const offFailed = ctx.events.on('source:import-failed', (event) => {
      if (event.videoId !== videoId) return;
      offFailed();
      offDone();
      resolve(event.reason);
    });
    const offDone = ctx.events.on('source:assembled', (event) => {
      if (event.videoId !== videoId) return;
      offFailed();
      offDone();
      resolve('assembled');
    });
  });
  return { videoId, outcome };
}

describe('POST /videos with a source URL: limits', () => {
  it('imports a source within the limits', async () => {
    const { outcome } = await importFrom('/small');
    expect(outcome).toBe('assembled');
  });

  it.each([
    ['a declared size over maxVideoBytes', '/declared-too-large', /larger than/],
    ['a streamed body over maxVideoBytes', '/streamed-too-large', /larger than/],
    ['a source that stalls past importTimeoutMs', '/stalls', /timeout|aborted/i],
    ['an empty source', '/empty', /empty/],
    ['an error answer', '/missing', /answered 404/],
  ])('stops %s and keeps nothing', async (_name, path, reason) => {
    const { videoId, outcome } = await importFrom(path);
    expect(outcome).toMatch(reason);
    const video = ctx.videos.get(videoId)!;
    expect(video.upload.assembled).toBe(false);
    expect(await readdir(join(emulator.dataDir, 'tmp'))).toEqual([]);
  });
});
