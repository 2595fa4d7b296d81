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
  // An offline live stream's manifest answers 404 (as api.video's does): that is how the badge and the player learn
  // it is offline, and Chromium logs every 404 it fetches.
  ignoreConsole: ({ type, text, url }) =>
    type === 'error' && text.includes('status of 404') && /\/live\/\w+\.m3u8$/.test(url),
});
