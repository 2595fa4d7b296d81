import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_API_KEY } from './index.js';
import { fileForm } from './test-support/emulator.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const MiB = 1024 * 1024;
const SIZE = 11 * MiB + 777;

let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vidkit-emulator-persist-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the CLI on a free port and resolves with its URL once it prints it. */
function startCli(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--data-dir', dataDir, '--no-encoding'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /API base URL: (\S+)/.exec(output)?.[1];
      if (url && output.includes('Data dir:')) {
        expect(output).toContain(DEV_API_KEY);
        expect(output).toContain(dataDir);
        resolve({ child, url });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the CLI exited (${code}) before listening:\n${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

const auth = { authorization: `Basic ${Buffer.from(`${DEV_API_KEY}:`).toString('base64')}` };

describe('persistence', () => {
  it('keeps videos, tokens and acknowledged parts across a SIGKILL, and the upload completes', async () => {
    const input = await ensureFile({ size: SIZE, seed: 'emulator-persistence' });
    const blob = await openAsBlob(input);
    const part = (n: number) => blob.slice((n - 1) * 5 * MiB, Math.min(n * 5 * MiB, SIZE));
    const send = (url: string, videoId: string, n: number) =>
      fetch(`${url}/videos/${videoId}/source`, {
        method: 'POST',
        headers: { ...auth, 'content-range': `part ${n}/3` },
        body: fileForm(part(n), 'clip.mp4'),
      });

    const first = await startCli();
    const video = await (
      await fetch(`${first.url}/videos`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Survivor', tags: ['kept'] }),
      })
    ).json();
    const token = await (
      await fetch(`${first.url}/upload-tokens`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ ttl: 0 }),
      })
    ).json();
    const bearer = await (
      await fetch(`${first.url}/auth/api-key`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey: DEV_API_KEY }),
      })
    ).json();
    expect((await send(first.url, video.videoId, 3)).status).toBe(201);
    expect((await send(first.url, video.videoId, 1)).status).toBe(201);

    first.child.kill('SIGKILL');
    expect((await exited(first.child)).signal).toBe('SIGKILL');

    const second = await startCli();
    const kept = await (await fetch(`${second.url}/videos/${video.videoId}`, { headers: auth })).json();
    expect(kept).toMatchObject({ videoId: video.videoId, title: 'Survivor', tags: ['kept'] });
    const status = await (await fetch(`${second.url}/videos/${video.videoId}/status`, { headers: auth })).json();
    expect(status.ingest.receivedParts).toEqual({ parts: [1, 3], total: 3 });
    expect((await fetch(`${second.url}/upload-tokens/${token.token}`, { headers: auth })).status).toBe(200);
    const withBearer = await fetch(`${second.url}/videos`, {
      headers: { authorization: `Bearer ${bearer.access_token}` },
    });
    expect(withBearer.status).toBe(200);
    // A part acknowledged before the kill is still there: sending it again collides.
    expect((await send(second.url, video.videoId, 1)).status).toBe(400);

    expect((await send(second.url, video.videoId, 2)).status).toBe(201);
    expect(await sha256File(join(dataDir, 'videos', video.videoId, 'source'))).toBe(await sha256File(input));

    second.child.kill('SIGTERM');
    expect((await exited(second.child)).code).toBe(0);
  });

  it('removes the scratch file of a body cut by a SIGKILL when it starts again', async () => {
    const first = await startCli();
    const video = await (
      await fetch(`${first.url}/videos`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Cut' }),
      })
    ).json();
    const { port } = new URL(first.url);
    const boundary = 'vidkitboundary';
    const request = httpRequest({
      host: '127.0.0.1',
      port: Number(port),
      method: 'POST',
      path: `/videos/${video.videoId}/source`,
      headers: {
        ...auth,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-range': 'part 1/2',
        'content-length': String(8 * MiB),
      },
    });
    request.on('error', () => undefined);
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n\r\n`);
    request.write(Buffer.alloc(MiB, 1));
    const tmp = join(dataDir, 'tmp');
    const scratch = async () => {
      const sizes = await Promise.all(
        (await readdir(tmp).catch(() => [])).map((name) => stat(join(tmp, name)).then((s) => s.size)),
      );
      return sizes.filter((size) => size > 0).length;
    };
    while ((await scratch()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));

    first.child.kill('SIGKILL');
    await exited(first.child);
    request.destroy();
    expect(await scratch()).toBeGreaterThan(0);

    const second = await startCli();
    expect(await readdir(tmp)).toEqual([]);
    const status = await (await fetch(`${second.url}/videos/${video.videoId}/status`, { headers: auth })).json();
    expect(status.ingest.receivedParts.parts).toEqual([]);
    second.child.kill('SIGTERM');
    expect((await exited(second.child)).code).toBe(0);
  });
});
