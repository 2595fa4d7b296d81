import { fileURLToPath } from 'node:url';
import * as emulator from '@vidkit/emulator';
import { exampleSuite } from '@vidkit/tooling/examples';

exampleSuite({
  name: 'Nuxt',
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  emulator,
  // Nitro's node server: `.output/public` is everything the browser can fetch.
  server: () => ({ command: process.execPath, args: ['.output/server/index.mjs'] }),
  clientDirs: ['.output/public'],
});
