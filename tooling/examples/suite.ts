import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureClip } from '../media/index.mjs';
import { collectConsole, launchBrowser, problems, recordResponses, type ConsoleEntry } from './browser.js';
import { scanBodies, scanDir } from './key-scan.js';
import { startServer, type RunningServer, type ServerCommand } from './server.js';
import { expectServerRenderedVideo, liveBadgeFlips, openAndPlay, uploadAndPlay } from './walk.js';

/** The environment variables every example app reads on its server. */
export const EXAMPLE_ENV = {
  /** The api.video API key (default: the emulator's development key). Server only. */
  apiKey: 'VIDKIT_API_KEY',
  /** The API root (default: the emulator, `http://127.0.0.1:4010`; `https://sandbox.api.video`, `https://ws.api.video`). */
  apiBaseUrl: 'VIDKIT_API_BASE_URL',
} as const;

/** What the suite needs from `@vidkit/emulator` (pass the module: `import * as emulator from '@vidkit/emulator'`). */
export interface EmulatorModule {
  DEV_API_KEY: string;
  startEmulator(options: {
    port: number;
    apiKey: string;
    live: { rtmpPort: number };
  }): Promise<{ url: string; apiKey: string; rtmpUrl?: string; stop(): Promise<void> }>;
  pushTestStream(options: { rtmpUrl: string; streamKey: string; width?: number; height?: number }): {
    stop(): Promise<void>;
  };
}

/** Options of {@link exampleSuite}. */
export interface ExampleSuiteOptions {
  /** The framework, for test names. */
  name: string;
  /** Absolute path of the app (the server's working directory; `clientDirs` are relative to it). */
  appDir: string;
  /** The production server's command; it gets `PORT`, `HOST` and the {@link EXAMPLE_ENV} variables. */
  server: (port: number) => ServerCommand;
  /** The built client output (what a browser can fetch), e.g. `['.next/static']`, `['build/client']`. */
  clientDirs: string[];
  emulator: EmulatorModule;
  /** The app's routes. Default: upload `/`, video `/videos/{id}`, live `/live/{id}`. */
  routes?: { upload?: string; video?: (id: string) => string; live?: (id: string) => string };
  /** Console entries the app accepts, each with its reason in a comment at the call site. */
  ignoreConsole?: (entry: ConsoleEntry) => boolean;
}

/**
 * The end-to-end suite every example app runs on its production build: the walk (upload → playable → plays), the
 * server-rendered video page and its hydration, the live badge, and the API-key scan.
 */
export function exampleSuite(options: ExampleSuiteOptions): void {
  const routes = {
    upload: options.routes?.upload ?? '/',
    video: options.routes?.video ?? ((id: string) => `/videos/${id}`),
    live: options.routes?.live ?? ((id: string) => `/live/${id}`),
  };
  // A key no build can contain: only the running server knows it.
  const apiKey = `example_${randomBytes(16).toString('hex')}`;
  const secrets = [apiKey, options.emulator.DEV_API_KEY];
  let emulator: Awaited<ReturnType<EmulatorModule['startEmulator']>>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let consoleEntries: ConsoleEntry[];
  let responses: Map<string, Promise<Buffer | undefined>>;
  let clipPath: string;
  let videoId: string;
  let liveStreamId: string;
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: { Authorization: `Basic ${btoa(`${apiKey}:`)}`, 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };

  describe(`${options.name} example (production build)`, () => {
    beforeAll(async () => {
      [emulator, clipPath, browser] = await Promise.all([
        options.emulator.startEmulator({ port: 0, apiKey, live: { rtmpPort: 0 } }),
        ensureClip({ duration: 4, width: 640, height: 360 }),
        launchBrowser(),
      ]);
      server = await startServer((port) => {
        const command = options.server(port);
        return {
          ...command,
          env: { [EXAMPLE_ENV.apiKey]: apiKey, [EXAMPLE_ENV.apiBaseUrl]: emulator.url, ...command.env },
        };
      }, options.appDir);
      page = await browser.newPage();
      consoleEntries = collectConsole(page);
      responses = recordResponses(page, server.url);
    }, 90_000);

    afterEach(({ task }) => {
      // What the app's server printed is usually the quickest way to the cause.
      if (task.result?.state === 'fail' && server) console.error(`${options.name} server output:\n${server.output()}`);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await emulator?.stop();
    });

    it('uploads a clip with a token from its server route, shows the status until playable, then plays it', async () => {
      videoId = await uploadAndPlay(page, { url: server.url + routes.upload, clipPath });
    });

    it('server-renders the video page (title and player in the HTML) and hydrates it into a playing player', async () => {
      expect(videoId).toBeDefined();
      const { title } = (await api('GET', `/videos/${videoId}`)) as { title: string };
      const response = await fetch(server.url + routes.video(videoId));
      expect(response.status).toBe(200);
      expectServerRenderedVideo(await response.text(), title);
      await openAndPlay(page, server.url + routes.video(videoId));
    });

    it('answers an unknown video or live stream with a 404 page, rendered on the server', async () => {
      for (const path of [routes.video('vi0000000000000000000000'), routes.live('li0000000000000000000000')]) {
        // As a browser asks for a page (Nuxt answers JSON errors to requests that do not accept HTML).
        const response = await fetch(server.url + path, { headers: { accept: 'text/html' } });
        expect(response.status, path).toBe(404);
        expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      }
    });

    it('flips the live badge when a publisher starts', async () => {
      const created = (await api('POST', '/live-streams', { name: 'Example live', public: true })) as {
        liveStreamId: string;
        streamKey: string;
      };
      liveStreamId = created.liveStreamId;
      const { streamKey } = created;
      const publisher = await liveBadgeFlips(page, server.url + routes.live(liveStreamId), () =>
        options.emulator.pushTestStream({ rtmpUrl: emulator.rtmpUrl!, streamKey, width: 320, height: 180 }),
      );
      // How a broadcast ends is not under test here: leave the page first, or its player may still ask for a segment
      // the emulator deletes as the publisher stops (a 404 in the console).
      await page.goto('about:blank');
      await publisher.stop();
    });

    it('printed no error or warning in the browser console (hydration included)', () => {
      const accepted = (entry: ConsoleEntry) =>
        // An offline live stream has no manifest yet: the 404 of its `/live/{id}.m3u8` is how the badge and player
        // learn it is offline (api.video answers the same), and Chromium logs every failed load.
        (entry.text.includes('status of 404') && /\/live\/\w+\.m3u8$/.test(new URL(entry.url).pathname)) ||
        (options.ignoreConsole?.(entry) ?? false);
      expect(problems(consoleEntries, accepted)).toEqual([]);
    });

    it('never lets the API key reach the browser: no client asset, page HTML or response holds it', async () => {
      const findings = [];
      for (const dir of options.clientDirs) findings.push(...(await scanDir(join(options.appDir, dir), secrets)));
      const pages = [routes.upload, routes.video(videoId), routes.live(liveStreamId)];
      const html = new Map<string, string>();
      for (const path of pages) html.set(path, await (await fetch(server.url + path)).text());
      findings.push(...scanBodies(html, secrets));
      const received = new Map<string, Buffer | undefined>();
      for (const [url, body] of responses) received.set(url, await body);
      expect(received.size).toBeGreaterThan(0);
      findings.push(...scanBodies(received, secrets));
      expect(findings).toEqual([]);
    });
  });
}
