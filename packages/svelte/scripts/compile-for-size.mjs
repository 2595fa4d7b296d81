// What a consumer's bundler makes of dist/: every `.svelte` component and `.svelte.js` module compiled by Svelte's
// compiler (client, production), written to .size/ for size-limit, which bundles and gzips it (svelte's runtime
// and hls.js excluded; see .size-limit.json).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, compileModule } from 'svelte/compiler';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, '.size');
// `./X.svelte` imports point at the compiled `./X.svelte.js`.
const rewrite = (code) => code.replace(/(from\s+['"][^'"]+\.svelte)(['"])/g, '$1.js$2');

await rm(out, { recursive: true, force: true });
for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const filename = relative(dist, file);
  let target = join(out, filename);
  let code;
  if (entry.name.endsWith('.svelte')) {
    code = compile(await readFile(file, 'utf8'), { filename, generate: 'client', dev: false }).js.code;
    target += '.js';
  } else if (entry.name.endsWith('.svelte.js')) {
    code = compileModule(await readFile(file, 'utf8'), { filename, generate: 'client', dev: false }).js.code;
  } else if (entry.name.endsWith('.js')) {
    code = await readFile(file, 'utf8');
  } else continue;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, rewrite(code));
}
