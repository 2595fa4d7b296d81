// @api.video/video-uploader, unmodified (its own built bundle), in Chromium against the emulator. The package always
// sends to `https://{apiHost}`: once through Playwright request routing to the emulator's plain HTTP (the same host and
// port, bodies and headers passed through untouched), once to the emulator's own HTTPS mode (a self-signed pair).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Uploader from '@api.video/video-uploader';
import { startEmulator } from '@vidkit/emulator';
import type { RunningEmulator } from '@vidkit/emulator';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFile, useBrowser, useHostPages } from './support/browser.js';
import { specViolations } from '@vidkit/tooling/openapi/validate';
import { bytes, MIN_CHUNK_SIZE, sha256 } from './support/conformance.js';

declare global {
  interface Window {
    VideoUploader: typeof Uploader.VideoUploader;
    ProgressiveUploader: typeof Uploader.ProgressiveUploader;
  }
}

const MB = 1024 * 1024;
/** Three parts for the chunked upload: 5 MB, 5 MB and 2 MB. */
const chunked = bytes(12 * MB, 21);
/** Three parts for the progressive upload: 5 MB, 5 MB, then a last part of 1 MB. */
const progressive = bytes(11 * MB, 22);

const browser = useBrowser();
const host = useHostPages({
  '/': '<!doctype html><html><body><script src="/video-uploader.js"></script></body></html>',
  '/video-uploader.js': () => packageFile('@api.video/video-uploader'),
  '/chunked.bin': () => Promise.resolve(Buffer.from(chunked)),
  '/progressive.bin': () => Promise.resolve(Buffer.from(progressive)),
});

let plain: RunningEmulator;
let secure: RunningEmulator;
let tlsDir: string;

beforeAll(async () => {
  tlsDir = await mkdtemp(join(tmpdir(), 'vidkit-conformance-tls-'));
  // A throwaway self-signed pair, as the emulator's README tells a user to make one.
  // prettier-ignore
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', join(tlsDir, 'key.pem'), '-out', join(tlsDir, 'cert.pem')], { stdio: 'ignore' });
  const tls = { cert: await readFile(join(tlsDir, 'cert.pem')), key: await readFile(join(tlsDir, 'key.pem')) };
  [plain, secure] = await Promise.all([
    startEmulator({ port: 0, encoding: { enabled: false } }),
    startEmulator({ port: 0, encoding: { enabled: false }, tls }),
  ]);
});

afterAll(async () => {
  await plain?.stop();
  await secure?.stop();
  if (tlsDir) await rm(tlsDir, { recursive: true, force: true });
});

/** What a backend does: mint an upload token (through the context, which accepts the self-signed certificate). */
async function uploadToken(context: BrowserContext, emulator: RunningEmulator): Promise<string> {
  const response = await context.request.post(`${emulator.url}/upload-tokens`, {
    headers: { authorization: `Basic ${btoa(`${emulator.apiKey}:`)}` },
    data: {},
  });
  return ((await response.json()) as { token: string }).token;
}

const sourceSha = async (emulator: RunningEmulator, videoId: string) =>
  sha256(await readFile(join(emulator.dataDir, 'videos', videoId, 'source')));

/** What the uploader's requests carried and got back, as the page saw them. */
interface Wire {
  /** The `Content-Range` of every upload request, in order. */
  ranges: string[];
  /** Each answer's departures from api.video's spec (none expected). */
  violations(): Promise<string[]>;
}

function watchUploads(page: Page): Wire {
  const ranges: string[] = [];
  const checks: Promise<string[]>[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/upload') {
      ranges.push(request.headers()['content-range'] ?? 'none');
    }
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.request().method() !== 'POST' || url.pathname !== '/upload') return;
    checks.push(
      response.text().then((body) =>
        specViolations({
          method: 'POST',
          path: url.pathname + url.search,
          status: response.status(),
          contentType: response.headers()['content-type'],
          body,
        }),
      ),
    );
  });
  return {
    ranges,
    violations: async () => {
      expect(checks.length, 'answers seen').toBeGreaterThan(0);
      return (await Promise.all(checks)).flat();
    },
  };
}

/**
 * A page on `http://localhost:{port}` whose `https://127.0.0.1:{emulator port}` requests are passed to the emulator's
 * plain HTTP listener: same method, headers and body bytes, and its answer returned as it came.
 */
async function routedPage(context: BrowserContext): Promise<Page> {
  const target = new URL(plain.url);
  await context.route(`https://${target.host}/**`, async (route) => {
    const url = route.request().url().replace(`https://${target.host}`, plain.url);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  const page = await context.newPage();
  await page.goto(`${host()}/`);
  return page;
}

describe('@api.video/video-uploader 1.1.6 in Chromium', () => {
  it('VideoUploader with an upload token, chunked in 5 MB parts: the bytes arrive intact', async () => {
    const context = await browser().newContext();
    const page = await routedPage(context);
    const wire = watchUploads(page);
    const token = await uploadToken(context, plain);
    const video = await page.evaluate(
      async ({ apiHost, uploadToken, chunkSize }) => {
        const file = new File([await (await fetch('/chunked.bin')).blob()], 'chunked.mp4');
        const uploader = new window.VideoUploader({ file, uploadToken, apiHost, chunkSize });
        const video = await uploader.upload();
        return { videoId: video.videoId, title: video.title };
      },
      { apiHost: new URL(plain.url).host, uploadToken: token, chunkSize: MIN_CHUNK_SIZE },
    );
    expect(wire.ranges).toEqual(['part 1/3', 'part 2/3', 'part 3/3']);
    expect(await wire.violations()).toEqual([]);
    // The video the token creates is named after the file (the emulator drops the extension).
    expect(video.title).toBe('chunked');
    expect(await sourceSha(plain, video.videoId)).toBe(sha256(chunked));
    await context.close();
  });

  it('ProgressiveUploader: uploadPart twice, then uploadLastPart', async () => {
    const context = await browser().newContext();
    const page = await routedPage(context);
    const wire = watchUploads(page);
    const token = await uploadToken(context, plain);
    const videoId = await page.evaluate(
      async ({ apiHost, uploadToken, MB }) => {
        const data = await (await fetch('/progressive.bin')).blob();
        const uploader = new window.ProgressiveUploader({ uploadToken, apiHost });
        await uploader.uploadPart(data.slice(0, 5 * MB));
        await uploader.uploadPart(data.slice(5 * MB, 10 * MB));
        const video = await uploader.uploadLastPart(data.slice(10 * MB));
        return video.videoId;
      },
      { apiHost: new URL(plain.url).host, uploadToken: token, MB },
    );
    expect(wire.ranges).toEqual(['part 1/*', 'part 2/*', 'part 3/3']);
    expect(await wire.violations()).toEqual([]);
    expect(await sourceSha(plain, videoId)).toBe(sha256(progressive));
    await context.close();
  });

  it("VideoUploader against the emulator's HTTPS mode (a self-signed certificate the browser is told to accept)", async () => {
    const context = await browser().newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${host()}/`);
    const wire = watchUploads(page);
    const token = await uploadToken(context, secure);
    const result = await page.evaluate(
      async ({ apiHost, uploadToken, chunkSize }) => {
        const file = new File([await (await fetch('/chunked.bin')).blob()], 'secure.mp4');
        const uploader = new window.VideoUploader({ file, uploadToken, apiHost, chunkSize });
        const chunks = new Set<number>();
        let uploaded = 0;
        uploader.onProgress((event) => {
          chunks.add(event.currentChunk);
          uploaded = Math.max(uploaded, event.uploadedBytes);
        });
        const video = await uploader.upload();
        return { videoId: video.videoId, chunks: [...chunks], uploaded };
      },
      { apiHost: new URL(secure.url).host, uploadToken: token, chunkSize: MIN_CHUNK_SIZE },
    );
    expect(secure.url).toMatch(/^https:/);
    // Not routed: the browser's own upload progress reaches the uploader's onProgress.
    expect(result.chunks).toEqual([1, 2, 3]);
    expect(await wire.violations()).toEqual([]);
    // The browser counts the bytes of the multipart body: the file and the form's few hundred bytes around it.
    expect(result.uploaded).toBeGreaterThanOrEqual(chunked.length);
    expect(await sourceSha(secure, result.videoId)).toBe(sha256(chunked));
    await context.close();
  });
});
