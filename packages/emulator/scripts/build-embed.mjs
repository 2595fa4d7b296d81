// Bundles the embed page's script (embed/main.ts with @vidkit/core's player and hls.js) into dist/embed/player.js,
// so the published emulator serves its player page without any build step on the user's side.
// Core is read from its sources, not as a package: core's tests depend on the emulator, and a dependency back
// would be a cycle in the workspace graph (packages/emulator/turbo.json lists core's sources as build inputs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: [`${root}/embed/main.ts`],
  outfile: `${root}/dist/embed/player.js`,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome111', 'firefox111', 'safari16.4'],
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
