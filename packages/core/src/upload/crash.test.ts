import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_API_KEY } from '@vidkit/emulator';
import { ensureFile, sha256File } from '@vidkit/tooling/media';
import { createUpload } from './upload.js';
import { createUploadToken, MiB, setFaults, sourceSha, until, type Emulator } from './test-support/emulator.js';

const cli = join(dirname(fileURLToPath(import.meta.resolve('@vidkit/emulator'))), 'cli.js');
const children: ChildProcess[] = [];

/** Runs the emulator's CLI as its own process (so it can be SIGKILLed) and resolves with its URL. */
function launch(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /API base URL:\s*(\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`emulator exited (${code}): ${out}`)));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('an emulator crash in the middle of an upload', () => {
  it('SIGKILL + restart on the same data: the upload retries through it and the source is intact', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vidkit-crash-'));
    const first = await launch(['--port', '0', '--data-dir', dataDir]);
    const port = new URL(first.url).port;
    const emulator = { url: first.url, apiKey: DEV_API_KEY, dataDir } as Emulator;
    const path = await ensureFile({ size: 26 * MiB + 3, seed: 'crash' });
    await setFaults(emulator, { latencyMs: 300 });
    const upload = createUpload({
      file: path,
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: first.url,
      chunkSize: 5 * MiB,
      concurrency: 2,
      retry: { retries: 30, baseDelay: 50, maxDelay: 300 },
    });
    const result = upload.start();
    await until(upload, (s) => s.partsDone >= 2);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    await until(upload, (s) => s.status === 'retrying');
    await launch(['--port', port, '--data-dir', dataDir]);
    const video = await result;
    expect(upload.getSnapshot()).toMatchObject({ status: 'completed', partsDone: 6 });
    expect(await sourceSha(emulator, video.videoId)).toBe(await sha256File(path));
  }, 60_000);
});
