// Bundles the embed page's script (embed/main.ts with @vidkit/core's player and hls.js) into dist/embed/player.js,
// so the published emulator serves its player page without any build step on the user's side.
// Core is read from its sources, not as a package: core's tests depend on the emulator, and a dependency back
// would be a cycle in the workspace graph (packages/emulator/turbo.json lists core's sources as build inputs).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// hls.js as core resolves it, in its light build: the emulator's streams need no EME, alternate audio or CMCD.
const hlsLight = createRequire(`${root}/../core/package.json`).resolve('hls.js/light');

await build({
  entryPoints: [`${root}/embed/main.ts`],
  outfile: `${root}/dist/embed/player.js`,
  bundle: true,
  alias: { 'hls.js': hlsLight },
  format: 'iife',
  platform: 'browser',
  target: ['chrome111', 'firefox111', 'safari16.4'],
  minify: true,
  legalComments: 'eof',
  // hls.js's dist carries no license comment of its own; the bundle keeps the notice its Apache-2.0 license asks for.
  banner: {
    js: '/*! Vidkit emulator embed player. Bundles @vidkit/core (MIT) and hls.js (Apache-2.0, https://github.com/video-dev/hls.js). */',
  },
  logLevel: 'warning',
});
