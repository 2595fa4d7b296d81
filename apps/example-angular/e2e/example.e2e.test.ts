import { fileURLToPath } from 'node:url';
import * as emulator from '@vidkit/emulator';
import { exampleSuite } from '@vidkit/tooling/examples';

exampleSuite({
  name: 'Angular',
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  emulator,
  // @angular/ssr's Express server (src/server.ts); `dist/example-angular/browser` is everything a browser can fetch.
  server: () => ({ command: process.execPath, args: ['dist/example-angular/server/server.mjs'] }),
  clientDirs: ['dist/example-angular/browser'],
});
