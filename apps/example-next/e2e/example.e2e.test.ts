import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as emulator from '@vidkit/emulator';
import { exampleSuite } from '@vidkit/tooling/examples';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

exampleSuite({
  name: 'Next.js',
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  emulator,
  server: (port) => ({
    command: process.execPath,
    args: [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  }),
  // What `next start` serves to browsers from the build: `/_next/static/…` (the rest is server code).
  clientDirs: ['.next/static'],
});
