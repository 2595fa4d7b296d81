// The shared emulator of the repo's tests: the registry of running emulators (one per project), the browser
// commands that reach them, and the options a project spreads into its config. Vitest loads a config natively (Node's
// type stripping, no `.js` → `.ts` rewriting), so this file has no relative TypeScript imports.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserCommand } from 'vitest/node';
import { ensureClip, sha256File, type ClipOptions } from '../media/index.mjs';
import type {} from './provided.js';

/** What the tests use of `@vidkit/emulator`'s RunningEmulator. */
export interface TestEmulator {
  url: string;
  apiKey: string;
  dataDir: string;
  rtmpUrl?: string;
  stop(): Promise<void>;
}

/** What the tests use of `@vidkit/emulator`'s module. */
export interface EmulatorModule {
  startEmulator(options: Record<string, unknown>): Promise<TestEmulator>;
  pushTestStream(options: { rtmpUrl: string; streamKey: string; width?: number; height?: number; fps?: number }): {
    stop(): Promise<void>;
  };
}

interface Entry {
  emulator: Promise<TestEmulator>;
  module: Promise<EmulatorModule>;
}

// The global setup and the config (with its commands) are separate module instances: the registry is global.
const KEY = Symbol.for('vidkit.tooling.vitest.emulators');
const holder = globalThis as { [KEY]?: Map<string, Entry> };
const emulators = (holder[KEY] ??= new Map());

/**
 * `@vidkit/emulator` as the tested package resolves it: tooling cannot depend on the emulator (the emulator's tests
 * depend on tooling), so each package that uses the shared setup lists `@vidkit/emulator` in its devDependencies.
 */
export function loadEmulatorModule(root: string): Promise<EmulatorModule> {
  const require = createRequire(`${root}/package.json`);
  return import(pathToFileURL(require.resolve('@vidkit/emulator')).href) as Promise<EmulatorModule>;
}

/** Starts the project's emulator once (live ingest on a free RTMP port, no logs). */
export function startFor(project: string, root: string): Entry {
  let entry = emulators.get(project);
  if (!entry) {
    const module = loadEmulatorModule(root);
    entry = {
      module,
      emulator: module.then((m) =>
        m.startEmulator({ port: 0, host: '127.0.0.1', logger: false, live: { rtmpPort: 0 } }),
      ),
    };
    emulators.set(project, entry);
  }
  return entry;
}

/** The running emulator of a project, for browser commands. */
export function emulatorOf(project: string): Entry {
  // A browser instance runs as a child project named `{project} ({browser})`; the setup ran for its parent.
  const entry = emulators.get(project) ?? emulators.get(project.replace(/ \([^)]*\)$/, ''));
  if (!entry) throw new Error(`No test emulator for project "${project}": add the shared globalSetup to it.`);
  return entry;
}

/** Stops and forgets a project's emulator. */
export async function stopFor(project: string): Promise<void> {
  const entry = emulators.get(project);
  emulators.delete(project);
  await (await entry?.emulator)?.stop();
}

const vidkitClip: BrowserCommand<[ClipOptions?]> = async (_context, options) =>
  (await readFile(await ensureClip(options))).toString('base64');

const publishers = new Map<string, { stop(): Promise<void> }>();

const pushLive: BrowserCommand<[string]> = async ({ project }, streamKey) => {
  const { emulator, module } = emulatorOf(project.name);
  const [{ rtmpUrl }, { pushTestStream }] = await Promise.all([emulator, module]);
  // Small and cheap (2 cores, several projects): 320×180 at 25 fps, 2 s GOPs, real time.
  publishers.set(
    `${project.name}/${streamKey}`,
    pushTestStream({ rtmpUrl: rtmpUrl!, streamKey, width: 320, height: 180, fps: 25 }),
  );
};

const stopLive: BrowserCommand<[string]> = async ({ project }, streamKey) => {
  const key = `${project.name}/${streamKey}`;
  const publisher = publishers.get(key);
  publishers.delete(key);
  await publisher?.stop();
};

const vidkitSourceSha: BrowserCommand<[string]> = async ({ project }, videoId) => {
  const { dataDir } = await emulatorOf(project.name).emulator;
  return sha256File(join(dataDir, 'videos', videoId, 'source'));
};

/** The browser commands that go with the shared global setup: `commands.pushLive(streamKey)` etc. in a test. */
export const emulatorCommands = { vidkitClip, pushLive, stopLive, vidkitSourceSha };

/**
 * Test options that give a project the shared emulator: `globalSetup` (one real emulator per project) and, for
 * browser projects, the commands (`pushLive`, `stopLive`, `vidkitClip`, `vidkitSourceSha`) to spread into
 * `browser.commands`. The project's package lists `@vidkit/emulator` in its devDependencies.
 */
export const emulatorSetup = {
  globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
  commands: emulatorCommands,
};
