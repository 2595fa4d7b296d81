import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const vueTsc = createRequire(import.meta.url).resolve('vue-tsc/bin/vue-tsc.js');

// The published types as an app sees them: type-tests/ imports `@vidkit/vue` by name (dist, built before tests).
it('vue-tsc accepts documented templates and fails each wrong prop or emit type in a template', () => {
  const run = spawnSync(process.execPath, [vueTsc, '--noEmit', '-p', 'type-tests/tsconfig.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const errors = [...run.stdout.matchAll(/^type-tests\/(\w+\.vue)\((\d+),\d+\): error TS\d+/gm)].map(
    ([, file, line]) => `${file}:${line}`,
  );
  const wrongLines = readFileSync(`${root}/type-tests/Wrong.vue`, 'utf8')
    .split('\n')
    .flatMap((text, i) => (text.includes('<!-- wrong:') ? [`Wrong.vue:${i + 1}`] : []));
  expect(wrongLines.length).toBeGreaterThanOrEqual(6);
  expect(run.status, run.stdout).not.toBe(0);
  expect(errors, run.stdout).toEqual(wrongLines);
}, 60_000);
