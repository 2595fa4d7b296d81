// Upload benchmark: `pnpm --filter @vidkit/core bench:upload [--size 1GiB] [--runs 3] [--no-browser] [--smoke]`.
// Uploads one generated file to a local emulator (its own process, so this process's memory is the client's) with
//   (a) one raw multipart POST (`Content-Range: part 1/1`), streamed from disk;
//   (b) Vidkit's createUpload in Node (and b' in Chromium);
//   (c) the official @api.video/video-uploader in Chromium;
// and prints the median throughput and peak memory of each, then the same under 40 ms latency and a
// 200 Mbit/s cap with Vidkit at concurrency 1, 2 and 4. A script that prints figures, never a test.
// `--smoke` (or SMOKE=1): one run of each on a 4 MiB file (unless --size says otherwise); checks that the script
// still works and prints its figure lines, whose values then mean nothing (`pnpm --filter @vidkit/core bench:smoke`).
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { createUpload, DEFAULT_CONCURRENCY } from '@vidkit/core';
import { DEV_API_KEY } from '@vidkit/emulator';
import { ensureFile } from '@vidkit/tooling/media';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';

const MiB = 1024 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const coreDist = join(here, '..', 'dist');
const officialBundle = join(
  dirname(fileURLToPath(import.meta.resolve('@api.video/video-uploader/package.json'))),
  'dist',
  'index.js',
);
const emulatorCli = join(dirname(fileURLToPath(import.meta.resolve('@vidkit/emulator'))), 'cli.js');

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kib|mib|gib|kb|mb|gb)?$/i.exec(text.trim());
  if (!match) throw new Error(`--size: expected e.g. 1GiB, 256MiB or a byte count; got ${text}`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = { b: 1, kib: 1024, kb: 1000, mib: MiB, mb: 1e6, gib: 1024 * MiB, gb: 1e9 }[unit]!;
  return Math.round(Number(match[1]) * factor);
}

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    runs: { type: 'string', default: '3' },
    smoke: { type: 'boolean', default: process.env.SMOKE === '1' },
    'no-browser': { type: 'boolean', default: false },
    'memory-only': { type: 'boolean', default: false },
    // Internal: one Vidkit upload in a fresh process, for the memory check.
    child: { type: 'string' },
  },
});
const size = parseSize(values.size ?? (values.smoke ? '4MiB' : '1GiB'));
const runs = values.smoke ? 1 : Math.max(1, Number(values.runs));
const withBrowser = !values['no-browser'] && !values['memory-only'];

interface Sample {
  seconds: number;
  /** Peak memory growth over the run, in bytes (Node: RSS; Chromium: JS heap of the page). */
  memory: number;
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// --- the emulator, in its own process -------------------------------------------------------------------
async function startEmulatorProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [emulatorCli, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

const basic = `Basic ${Buffer.from(`${DEV_API_KEY}:`).toString('base64')}`;

async function api<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers:
      body === undefined ? { Authorization: basic } : { Authorization: basic, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

// --- memory sampling ------------------------------------------------------------------------------------
async function measureNode(task: () => Promise<string>): Promise<Sample & { videoId: string }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const start = performance.now();
  const videoId = await task();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds, memory: peak - base, videoId };
}

async function measurePage(page: Page, script: string, arg: unknown): Promise<Sample & { videoId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const base = await heap();
  let peak = base;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heap().catch(() => peak));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const result = (await page.evaluate(`(${script})(${JSON.stringify(arg)})`)) as { ms: number; videoId: string };
  sampling = false;
  await sampler;
  await cdp.detach();
  return { seconds: result.ms / 1000, memory: peak - base, videoId: result.videoId };
}

// --- the contenders -------------------------------------------------------------------------------------
async function rawPost(url: string, token: string, path: string): Promise<string> {
  const { openAsBlob } = await import('node:fs');
  const boundary = 'bench-boundary';
  const body = new Blob([
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    await openAsBlob(path),
    `\r\n--${boundary}--\r\n`,
  ]);
  const response = await fetch(`${url}/upload?token=${token}`, {
    method: 'POST',
    headers: { 'Content-Range': 'part 1/1', 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  if (!response.ok) throw new Error(`raw POST: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { videoId: string }).videoId;
}

/**
 * The memory baseline: the same 50 MiB parts, one at a time, each streamed from disk by a bare `fetch` (the way
 * Vidkit sends them in Node), with no Vidkit code. What this grows by is Node's fetch and read buffers.
 */
async function rawParts(url: string, token: string, path: string): Promise<string> {
  const { stat } = await import('node:fs/promises');
  const { size: total } = await stat(path);
  const partSize = 50 * MiB;
  const parts = Math.ceil(total / partSize);
  const encode = (text: string) => new TextEncoder().encode(text);
  let videoId: string | undefined;
  for (let n = 1; n <= parts; n++) {
    const boundary = `bench-${n}`;
    const field = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"`;
    const head =
      (videoId ? `${field('videoId')}\r\n\r\n${videoId}\r\n` : '') +
      `${field('file')}; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const range = { start: (n - 1) * partSize, end: Math.min(total, n * partSize) - 1 };
    // `ReadableStream.from` is Node's; the DOM typings lack it.
    const body = (ReadableStream as unknown as { from(source: AsyncIterable<Uint8Array>): ReadableStream }).from(
      (async function* () {
        yield encode(head);
        yield* createReadStream(path, range);
        yield encode(`\r\n--${boundary}--\r\n`);
      })(),
    );
    const response = await fetch(`${url}/upload?token=${token}`, {
      method: 'POST',
      headers: { 'Content-Range': `part ${n}/${parts}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    if (!response.ok) throw new Error(`raw part ${n}: ${response.status} ${await response.text()}`);
    videoId = ((await response.json()) as { videoId: string }).videoId;
  }
  return videoId!;
}

async function vidkitNode(url: string, token: string, path: string, concurrency: number): Promise<string> {
  const video = await createUpload({ file: path, uploadToken: token, apiBaseUrl: url, concurrency }).start();
  return video.videoId;
}

const OFFICIAL_IN_PAGE = `async ({ url, token }) => {
  const file = document.getElementById('file').files[0];
  const uploader = new VideoUploader({ file, uploadToken: token });
  // The official uploader only speaks https://{apiHost}; point it at the local emulator (same code path).
  uploader.uploadEndpoint = url + '/upload?token=' + token;
  const start = performance.now();
  const video = await uploader.upload();
  return { ms: performance.now() - start, videoId: video.videoId };
}`;

const VIDKIT_IN_PAGE = `async ({ url, token, concurrency }) => {
  const { createUpload } = await import('/core/index.js');
  const file = document.getElementById('file').files[0];
  const start = performance.now();
  const video = await createUpload({ file, uploadToken: token, apiBaseUrl: url, concurrency }).start();
  return { ms: performance.now() - start, videoId: video.videoId };
}`;

/** Serves the test page, core's dist and the official uploader's bundle to Chromium. */
function startStaticServer(): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file =
      path === '/'
        ? undefined
        : path === '/official.js'
          ? officialBundle
          : path.startsWith('/core/') && !path.includes('..')
            ? join(coreDist, path.slice('/core/'.length))
            : null;
    if (file === undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><input type="file" id="file"><script src="/official.js"></script>');
      return;
    }
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file)
      .on('error', () => response.end())
      .pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, origin: `http://127.0.0.1:${address.port}` });
    }),
  );
}

// --- memory: one upload in a fresh Node process ---------------------------------------------------------
/** Child mode: uploads and prints its RSS before, its peak RSS (`maxRSS`) and the time. */
async function child(spec: string): Promise<void> {
  const { url, token, path, concurrency } = JSON.parse(spec) as {
    url: string;
    token: string;
    path: string;
    concurrency: number;
  };
  const before = process.memoryUsage.rss();
  const start = performance.now();
  // Concurrency 0 stands for the bare-fetch baseline.
  const videoId =
    concurrency === 0 ? await rawParts(url, token, path) : await vidkitNode(url, token, path, concurrency);
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024, seconds, videoId }));
}

async function memoryCheck(url: string, token: string, path: string): Promise<void> {
  let baseline = 0;
  for (const concurrency of [0, 1, DEFAULT_CONCURRENCY]) {
    const spec = JSON.stringify({ url, token, path, concurrency });
    const out = await new Promise<string>((resolve, reject) => {
      const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', spec], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      proc.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
      proc.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited ${code}`))));
    });
    const { before, peak, seconds, videoId } = JSON.parse(out.trim().split('\n').pop()!) as {
      before: number;
      peak: number;
      seconds: number;
      videoId: string;
    };
    await api(`${url}/videos/${videoId}`, 'DELETE');
    const growth = (peak - before) / MiB;
    const rate = `${(size / MiB / seconds).toFixed(1)} MiB/s`;
    if (concurrency === 0) {
      baseline = growth;
      console.log(`  bare fetch, 50 MiB parts one at a time (baseline): RSS +${growth.toFixed(0)} MiB, ${rate}`);
      continue;
    }
    console.log(
      `  Vidkit, Node, concurrency ${concurrency}: RSS ${(before / MiB).toFixed(0)} MiB at start, peak ${(peak / MiB).toFixed(0)} MiB ` +
        `(+${growth.toFixed(0)} MiB, ${(growth / baseline).toFixed(2)} × the baseline; issue budget part size × concurrency + 50 MB = ` +
        `${((50 * MiB * concurrency + 50e6) / MiB).toFixed(0)} MiB), ${rate}`,
    );
  }
}

// --- the run --------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  console.log(`Upload benchmark: ${(size / MiB).toFixed(0)} MiB file, ${runs} runs each, median shown.`);
  if (values.smoke) console.log('Smoke run: the figures below check the script, not the speed.');
  const path = await ensureFile({ size, seed: `bench-${size}` });
  const dataDir = await mkdtemp(join(tmpdir(), 'vidkit-bench-'));
  const emulator = await startEmulatorProcess(dataDir);
  const { server, origin } = await startStaticServer();
  const browser = withBrowser ? await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }) : undefined;
  const page = browser ? await browser.newPage() : undefined;
  if (page) {
    await page.goto(origin);
    await page.setInputFiles('#file', path);
  }
  const { token } = await api<{ token: string }>(`${emulator.url}/upload-tokens`, 'POST', { ttl: 0 });

  const results: Record<string, { mibps: number; memoryMiB: number }> = {};
  const measure = async (label: string, once: () => Promise<Sample & { videoId: string }>) => {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const sample = await once();
      samples.push(sample);
      // Keep the disk use flat: each run's video is deleted before the next.
      await api(`${emulator.url}/videos/${sample.videoId}`, 'DELETE');
    }
    const mibps = median(samples.map((s) => size / MiB / s.seconds));
    const memoryMiB = median(samples.map((s) => s.memory / MiB));
    results[label] = { mibps, memoryMiB };
    console.log(
      `  ${label.padEnd(44)} ${mibps.toFixed(1).padStart(8)} MiB/s   peak memory +${memoryMiB.toFixed(1)} MiB`,
    );
  };
  const scenario = async (concurrencies: number[]) => {
    await measure('(a) raw multipart POST, Node', () => measureNode(() => rawPost(emulator.url, token, path)));
    for (const c of concurrencies) {
      await measure(`(b) Vidkit, Node, concurrency ${c}`, () =>
        measureNode(() => vidkitNode(emulator.url, token, path, c)),
      );
    }
    if (page) {
      for (const c of concurrencies) {
        await measure(`(b') Vidkit, Chromium, concurrency ${c}`, () =>
          measurePage(page, VIDKIT_IN_PAGE, { url: emulator.url, token, concurrency: c }),
        );
      }
      await measure('(c) @api.video/video-uploader, Chromium', () =>
        measurePage(page, OFFICIAL_IN_PAGE, { url: emulator.url, token }),
      );
    }
  };
  const ratio = (label: string, b: string, other: string) => {
    if (results[b] && results[other])
      console.log(`  ${label}: ${(results[b].mibps / results[other].mibps).toFixed(2)}`);
  };

  try {
    console.log('\nMemory: one upload from a file path in a fresh Node process (peak RSS = maxRSS)');
    await memoryCheck(emulator.url, token, path);
    if (values['memory-only']) return;

    console.log('\nPlain loopback (Node memory: RSS growth; Chromium: JS heap growth of the page)');
    await scenario([...new Set([1, 2, 4, DEFAULT_CONCURRENCY])].sort());
    const b = `(b) Vidkit, Node, concurrency ${DEFAULT_CONCURRENCY}`;
    const bPage = `(b') Vidkit, Chromium, concurrency ${DEFAULT_CONCURRENCY}`;
    ratio('b/a', b, '(a) raw multipart POST, Node');
    ratio('b/c', b, '(c) @api.video/video-uploader, Chromium');
    ratio("b'/c (both in Chromium)", bPage, '(c) @api.video/video-uploader, Chromium');

    const faults = { latencyMs: 40, bandwidthBps: 25_000_000 };
    await api(`${emulator.url}/_emulator/faults`, 'PUT', faults);
    for (const key of Object.keys(results)) delete results[key];
    console.log('\nLatency 40 ms per request, 200 Mbit/s per request (emulator faults)');
    await scenario([1, 2, 4]);
    const best = Object.entries(results)
      .filter(([label]) => label.startsWith('(b) '))
      .sort((x, y) => y[1].mibps - x[1].mibps)[0];
    const bestPage = Object.entries(results)
      .filter(([label]) => label.startsWith("(b') "))
      .sort((x, y) => y[1].mibps - x[1].mibps)[0];
    if (best) ratio(`best Vidkit Node (${best[0]}) / a`, best[0], '(a) raw multipart POST, Node');
    if (best) ratio(`best Vidkit Node / c`, best[0], '(c) @api.video/video-uploader, Chromium');
    if (bestPage)
      ratio(`best Vidkit Chromium (${bestPage[0]}) / c`, bestPage[0], '(c) @api.video/video-uploader, Chromium');
  } finally {
    await browser?.close();
    server.close();
    emulator.child.kill('SIGTERM');
    await new Promise((resolve) => emulator.child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (values.child) await child(values.child);
else await main();
