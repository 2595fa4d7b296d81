import type { TestProject } from 'vitest/node';
import { startEmulator } from '@vidkit/emulator';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the emulator every integration test of core talks to. */
    emulatorUrl: string;
    /** The emulator's (fake, documented) development API key. */
    apiKey: string;
    /** RTMP ingest base (`rtmp://127.0.0.1:{port}/s`) when the emulator runs live ingest. */
    rtmpUrl: string | undefined;
  }
}

type Running = Awaited<ReturnType<typeof startEmulator>>;
interface Shared {
  emulator: Promise<Running>;
  users: number;
}

const KEY = Symbol.for('vidkit.core.test.emulator');
const holder = globalThis as { [KEY]?: Shared };

/**
 * Starts ONE emulator (loopback, free port, temporary data dir) for every project of core's test run (node and
 * browser share it through the process-wide holder) and provides its URL and key to the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (holder[KEY] ??= {
    emulator: startEmulator({ port: 0, host: '127.0.0.1', live: { rtmpPort: 0 } }),
    users: 0,
  });
  shared.users++;
  const emulator = await shared.emulator;
  project.provide('emulatorUrl', emulator.url);
  project.provide('apiKey', emulator.apiKey);
  project.provide('rtmpUrl', emulator.rtmpUrl);
  return async () => {
    if (--shared.users > 0) return;
    delete holder[KEY];
    await emulator.stop();
  };
}
