import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startEmulator } from '@vidkit/emulator';
import { ensureClip } from '@vidkit/tooling/media';
import { serveStatic } from './static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorUrl: string;
    emulatorRtmpUrl: string | undefined;
    docsUrl: string;
    clipPath: string;
  }
}

/** The real emulator and the built docs site (with every playground under it), both on free loopback ports. */
export default async function setup(project: TestProject) {
  const emulator = await startEmulator({ port: 0, live: { rtmpPort: 0 } });
  const site = await serveStatic(fileURLToPath(new URL('../storybook-static', import.meta.url)));
  project.provide('emulatorUrl', emulator.url);
  project.provide('emulatorRtmpUrl', emulator.rtmpUrl);
  project.provide('docsUrl', site.url);
  project.provide('clipPath', await ensureClip({ duration: 4, width: 640, height: 360 }));
  return async () => {
    await site.stop();
    await emulator.stop();
  };
}
