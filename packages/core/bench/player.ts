// Time to first frame of a VOD served by the emulator, in headless Chromium:
// (a) a bare page that attaches hls.js directly, (b) a page that uses createPlayer (hls.js imported on demand),
// and, for information, (c) the same as (b) plus the `<link rel="modulepreload">` for hls.js an app can add.
// Each page's script is one bundled file, as an app would ship it (createPlayer bundled by Vite, hls.js the
// package's own ESM build). Prints the median of each over RUNS runs (rotating order, fresh browser context
// each run) and the ratios b/a (the target) and c/a: both the ratio of the medians and the median of the ratios
// of each round's pages, which were loaded seconds apart and so share the machine's momentary load. A second pass
// adds 40 ms of latency to every emulator request and compares (b) with (d), createPlayer without its manifest
// prefetch.
// Run: pnpm --filter @vidkit/core build && pnpm --filter @vidkit/core bench:player
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { startEmulator } from '@vidkit/emulator';
import { ensureClip } from '@vidkit/tooling/media';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';

const RUNS = Number(process.env.RUNS ?? 21);
const coreDist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const hlsFile = createRequire(import.meta.url).resolve('hls.js/dist/hls.mjs');

/** createPlayer and what it imports from core's build, as one ESM file; hls.js stays a separate, on-demand import. */
async function bundlePlayer(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(coreDist, 'player', 'create-player.js'), formats: ['es'], fileName: 'player' },
      rollupOptions: { external: ['hls.js'] },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const entry = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (!entry || entry.type !== 'chunk') throw new Error('vite produced no bundle');
  return entry.code;
}

const playerBundle = await bundlePlayer();
const emulator = await startEmulator({ port: 0 });
const auth = { Authorization: `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}` };

async function uploadVod(): Promise<string> {
  const created = await fetch(`${emulator.url}/videos`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'bench', public: true }),
  });
  const { videoId } = (await created.json()) as { videoId: string };
  const form = new FormData();
  const clip = await readFile(await ensureClip({ duration: 10, width: 1280, height: 720 }));
  form.append('file', new Blob([clip], { type: 'video/mp4' }), 'clip.mp4');
  const uploaded = await fetch(`${emulator.url}/videos/${videoId}/source`, {
    method: 'POST',
    headers: auth,
    body: form,
  });
  if (!uploaded.ok) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  // Wait until every rendition is encoded, so both pages load the same ladder.
  for (;;) {
    const status = (await (await fetch(`${emulator.url}/videos/${videoId}/status`, { headers: auth })).json()) as {
      encoding?: { playable?: boolean; qualities?: { status: string }[] };
    };
    const qualities = status.encoding?.qualities ?? [];
    if (status.encoding?.playable && qualities.length && qualities.every((q) => q.status === 'encoded')) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return videoId;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>
<video muted playsinline width="640"></video>
<script type="importmap">{"imports":{"hls.js":"/hls.js"}}</script>
<script type="module">
const video = document.querySelector('video');
video.requestVideoFrameCallback(() => { window.firstFrame = performance.now(); });
${body}
</script></body></html>`;

const PAGES: Record<string, (manifest: string) => string> = {
  '/bare.html': (manifest) =>
    page(`import Hls from 'hls.js';
const hls = new Hls(); hls.loadSource(${JSON.stringify(manifest)}); hls.attachMedia(video); video.play();`),
  '/player.html': (manifest) =>
    page(`import { createPlayer } from '/player.js';
createPlayer(video, { src: ${JSON.stringify(manifest)}, autoplay: true, muted: true });`),
  // For the latency pass: createPlayer with the manifest prefetch turned off (an app's own xhrSetup does that).
  '/noprefetch.html': (manifest) =>
    page(`import { createPlayer } from '/player.js';
createPlayer(video, { src: ${JSON.stringify(manifest)}, autoplay: true, muted: true, hls: { xhrSetup: undefined } });`),
  '/preload.html': (manifest) =>
    page(
      `import { createPlayer } from '/player.js';
createPlayer(video, { src: ${JSON.stringify(manifest)}, autoplay: true, muted: true });`,
      '<link rel="modulepreload" href="/hls.js">',
    ),
};

function serve(manifest: string) {
  return createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'content-type': type }).end(body);
    try {
      if (PAGES[path]) return send('text/html', PAGES[path](manifest));
      if (path === '/hls.js') return send('text/javascript', await readFile(hlsFile));
      if (path === '/player.js') return send('text/javascript', playerBundle);
    } catch {
      // fall through to 404
    }
    response.writeHead(404).end();
  });
}

const LABELS: Record<string, string> = {
  '/bare.html': '(a) bare hls.js page',
  '/player.html': '(b) createPlayer',
  '/preload.html': '(c) createPlayer + modulepreload of hls.js',
  '/noprefetch.html': '(d) createPlayer without the manifest prefetch',
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const videoId = await uploadVod();
const server = serve(`${emulator.url}/vod/${videoId}/hls/manifest.m3u8`);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))]!);
  return `${at(0.25)}–${at(0.75)} ms`;
};

/** Loads each page `runs` times (rotating order, a fresh context each), prints medians and ratios to `/bare.html`. */
async function measure(title: string, paths: string[], runs: number) {
  const results: Record<string, number[]> = Object.fromEntries(paths.map((path) => [path, []]));
  for (let run = 0; run < runs + 1; run++) {
    for (const path of [...paths.slice(run % paths.length), ...paths.slice(0, run % paths.length)]) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(origin + path);
      const ms = await tab.waitForFunction(() => (window as { firstFrame?: number }).firstFrame, undefined, {
        timeout: 30_000,
      });
      // The first round only warms the emulator's and the OS's caches.
      if (run > 0) results[path]!.push((await ms.jsonValue()) as number);
      await context.close();
    }
  }
  const bare = median(results['/bare.html']!);
  console.log(`${title}: time to first frame, median of ${runs} runs (headless Chromium)`);
  for (const path of paths) {
    const values = results[path]!;
    const value = median(values);
    const paired = median(values.map((ms, run) => ms / results['/bare.html']![run]!));
    console.log(
      `  ${LABELS[path]!.padEnd(47)} ${value.toFixed(1).padStart(6)} ms (quartiles ${quartiles(values)})` +
        (path === '/bare.html' ? '' : `, / (a) ${(value / bare).toFixed(3)} (per-round ${paired.toFixed(3)})`),
    );
  }
  for (const path of paths) console.log(`  ${path} runs (ms): ${results[path]!.map((v) => Math.round(v)).join(' ')}`);
}

try {
  await measure('Emulator on loopback', ['/bare.html', '/player.html', '/preload.html'], RUNS);
  // A CDN farther away: every delivery request waits 40 ms at the emulator. Shows what the manifest prefetch
  // (fetched while hls.js loads) saves, which loopback cannot.
  await fetch(`${emulator.url}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ latencyMs: 40 }),
  });
  console.log('');
  await measure('40 ms latency per request', ['/bare.html', '/player.html', '/noprefetch.html'], Math.ceil(RUNS / 2));
} finally {
  await browser.close();
  server.close();
  await emulator.stop();
}
