// Time to first frame of a VOD served by the emulator, in headless Chromium:
// (a) a bare page that attaches hls.js directly, (b) a page that uses createPlayer (hls.js imported on demand),
// and, for information, (c) the same as (b) plus the `<link rel="modulepreload">` for hls.js an app can add.
// createPlayer is built by Vite from core's build as an app would ship it: an entry plus the chunks it imports
// on demand, every file of the output served; hls.js is the package's own ESM build, imported on demand by (b)
// and (c) and statically by (a). Prints the median of each over RUNS runs (rotating order, fresh browser context
// each run) and the ratios b/a (the target) and c/a: both the ratio of the medians and the median of the ratios
// of each round's pages, which were loaded seconds apart and so share the machine's momentary load. A second pass
// adds 40 ms of latency to every emulator request and compares (b) with (d), createPlayer without its manifest
// prefetch.
// Run: pnpm --filter @vidkit/core build && pnpm --filter @vidkit/core bench:player [--runs 21] [--smoke]
// `--smoke` (or SMOKE=1): one round per pass on a 2 s clip, no warm-up round; checks that the script still works
// and prints its figure lines, whose timings then mean nothing (`pnpm --filter @vidkit/core bench:smoke`).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { build } from 'vite';
import { startEmulator } from '@vidkit/emulator';
import { ensureClip } from '@vidkit/tooling/media';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: process.env.RUNS ?? '21' }, smoke: { type: 'boolean' } },
});
const smoke = args.smoke ?? process.env.SMOKE === '1';
const RUNS = smoke ? 1 : Math.max(1, Number(args.runs));
const coreDist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const hlsFile = createRequire(import.meta.url).resolve('hls.js/dist/hls.mjs');

/**
 * createPlayer and what it imports from core's build, built by Vite as an app's entry (not a library): one entry
 * `player.js` holding createPlayer and the code it shares, and the chunks it imports on demand (the hls.js glue,
 * live watching), each served by its file name. hls.js stays external, mapped to the package's file by the page.
 */
async function bundlePlayer(): Promise<Map<string, string>> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: join(coreDist, 'player', 'create-player.js'),
        external: ['hls.js'],
        // An app's entry may take in the modules its chunks share; it keeps `createPlayer` exported for the page.
        preserveEntrySignatures: 'allow-extension',
        output: { entryFileNames: 'player.js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  const files = new Map<string, string>();
  for (const bundle of Array.isArray(output) ? output : [output]) {
    if (!('output' in bundle)) continue;
    for (const file of bundle.output) {
      if (file.type === 'chunk') files.set(`/${file.fileName}`, file.code);
    }
  }
  if (!files.has('/player.js')) throw new Error(`vite produced no player.js (got ${[...files.keys()].join(', ')})`);
  return files;
}

const playerFiles = await bundlePlayer();
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
  const clip = await readFile(
    await ensureClip(smoke ? { duration: 2, width: 640, height: 360 } : { duration: 10, width: 1280, height: 720 }),
  );
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

// createPlayer reports plays to an analytics collector, api.video's unless told otherwise: the emulator's keeps the
// benchmark off the network while (b) still pays for its reports, as an app does.
const playerScript = (manifest: string, options = '') => `import { createPlayer } from '/player.js';
createPlayer(video, { src: ${JSON.stringify(manifest)}, autoplay: true, muted: true, collectorUrl: ${JSON.stringify(emulator.url)}${options} });`;

const PAGES: Record<string, (manifest: string) => string> = {
  '/bare.html': (manifest) =>
    page(`import Hls from 'hls.js';
const hls = new Hls(); hls.loadSource(${JSON.stringify(manifest)}); hls.attachMedia(video); video.play();`),
  '/player.html': (manifest) => page(playerScript(manifest)),
  // For the latency pass: createPlayer with the manifest prefetch turned off (an app's own xhrSetup does that).
  '/noprefetch.html': (manifest) => page(playerScript(manifest, ', hls: { xhrSetup: undefined }')),
  '/preload.html': (manifest) => page(playerScript(manifest), '<link rel="modulepreload" href="/hls.js">'),
};

function serve(manifest: string) {
  return createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'content-type': type }).end(body);
    try {
      if (PAGES[path]) return send('text/html', PAGES[path](manifest));
      if (path === '/hls.js') return send('text/javascript', await readFile(hlsFile));
      const chunk = playerFiles.get(path);
      if (chunk !== undefined) return send('text/javascript', chunk);
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

/**
 * One page load in a fresh browser context: the time to its first frame. A page error or a script that does not
 * load (a chunk this server does not serve) fails at once, naming it, rather than as a timeout.
 */
async function firstFrame(path: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const broken = new Promise<never>((_, reject) => {
      tab.on('pageerror', (error) => reject(new Error(`${path}: ${error.message}`)));
      tab.on('response', (response) => {
        if (response.status() >= 400 && ['document', 'script'].includes(response.request().resourceType()))
          reject(new Error(`${path}: ${response.url()} answered ${response.status()}`));
      });
    });
    broken.catch(() => {});
    await tab.goto(origin + path);
    const ms = await Promise.race([
      tab.waitForFunction(() => (window as { firstFrame?: number }).firstFrame, undefined, { timeout: 30_000 }),
      broken,
    ]);
    return (await ms.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Loads each page `runs` times (rotating order), prints medians and ratios to `/bare.html`. */
async function measure(title: string, paths: string[], runs: number) {
  const results: Record<string, number[]> = Object.fromEntries(paths.map((path) => [path, []]));
  // The first round only warms the emulator's and the OS's caches; a smoke run has no use for that.
  const warmUp = smoke ? 0 : 1;
  for (let run = 0; run < runs + warmUp; run++) {
    for (const path of [...paths.slice(run % paths.length), ...paths.slice(0, run % paths.length)]) {
      const ms = await firstFrame(path);
      if (run >= warmUp) results[path]!.push(ms);
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

if (smoke)
  console.log('Smoke run: one round per pass on a 2 s clip; the figures below check the script, not the speed.\n');
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
