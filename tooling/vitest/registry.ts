// The emulators the global setup started, shared with the browser commands. Vitest loads the global setup and the
// config (with its commands) as separate module instances, so the registry lives on globalThis.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

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
  const entry = emulators.get(project);
  if (!entry) throw new Error(`No test emulator for project "${project}": add the shared globalSetup to it.`);
  return entry;
}

/** Stops and forgets a project's emulator. */
export async function stopFor(project: string): Promise<void> {
  const entry = emulators.get(project);
  emulators.delete(project);
  await (await entry?.emulator)?.stop();
}
