import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { startEmulator } from '@vidkit/emulator';
import { ensureClip } from '@vidkit/tooling/media';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the emulator this run started (127.0.0.1, free port). */
    emulatorUrl: string;
    /** The emulator's development API key; tests use it only to mint upload tokens, as a backend would. */
    emulatorApiKey: string;
    /** The emulator's RTMP ingest base (`rtmp://127.0.0.1:{port}/s`). */
    emulatorRtmpUrl: string;
    /** The React major this project runs the tests on (the react-18 project aliases react to react-18). */
    reactMajor: string;
    /** A short generated H.264 clip, base64, for browser tests to drop into the uploader. */
    clipBase64: string;
  }
}

export default async function setup(project: TestProject) {
  const emulator = await startEmulator({ port: 0, logger: false, live: { rtmpPort: 0 } });
  const clip = await ensureClip({ duration: 3, width: 320, height: 180 });
  project.provide('emulatorUrl', emulator.url);
  project.provide('emulatorApiKey', emulator.apiKey);
  project.provide('emulatorRtmpUrl', emulator.rtmpUrl ?? '');
  project.provide('clipBase64', (await readFile(clip)).toString('base64'));
  return () => emulator.stop();
}
