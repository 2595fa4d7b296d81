// The FESM as an Angular application build sees it: Angular's own JavaScript transformer (the one `ng build`
// applies to every package) links the partial declarations and marks the classes pure, so an unused component is
// dropped; `ngDevMode` is false, as in a production build. size-limit then measures `.size/vidkit-angular.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JavaScriptTransformer } from '@angular/build/private';

// The transformer hashes its input with a hash module that the CLI initialises first (not in `private`'s exports).
const build = dirname(createRequire(import.meta.url).resolve('@angular/build/package.json'));
const { initializeHash } = await import(pathToFileURL(join(build, 'src/utils/hash.js')).href);
await initializeHash();

const input = fileURLToPath(new URL('../dist/fesm2022/vidkit-angular.mjs', import.meta.url));
const output = new URL('../.size/vidkit-angular.mjs', import.meta.url);
const transformer = new JavaScriptTransformer(
  { sourcemap: false, thirdPartySourcemaps: false, advancedOptimizations: true, jit: false },
  1,
);
try {
  const code = await transformer.transformFile(input, false, false);
  mkdirSync(new URL('.', output), { recursive: true });
  // `ng build` defines ngDevMode as false in production; the development-only branches go.
  writeFileSync(
    output,
    Buffer.from(code)
      .toString('utf8')
      .replace(/\bngDevMode\b/g, 'false'),
  );
} finally {
  await transformer.close();
}
