import { fileURLToPath } from 'node:url';
import * as emulator from '@vidkit/emulator';
import { exampleSuite } from '@vidkit/tooling/examples';

exampleSuite({
  name: 'SvelteKit',
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  emulator,
  // adapter-node's server reads PORT and HOST; ORIGIN is the URL browsers use, which its CSRF check compares with
  // a POST's Origin header (without it, it assumes https).
  server: (port) => ({
    command: process.execPath,
    args: ['build/index.js'],
    env: { ORIGIN: `http://127.0.0.1:${port}` },
  }),
  // What the server hands to browsers: `build/client` (the rest of `build/` is server code).
  clientDirs: ['build/client'],
});
