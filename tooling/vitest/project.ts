import { fileURLToPath } from 'node:url';
import { emulatorCommands } from './commands.js';
import type {} from './provided.js';

/**
 * Test options that give a project the shared emulator: `globalSetup` (one real emulator per project) and, for
 * browser projects, the commands (`pushLive`, `stopLive`, `vidkitClip`, `vidkitSourceSha`) to spread into
 * `browser.commands`. The project's package lists `@vidkit/emulator` in its devDependencies.
 */
export const emulatorSetup = {
  globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
  commands: emulatorCommands,
};
