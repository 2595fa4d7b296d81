import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--tsconfig` is relative to `--workspace`: type-tests/tsconfig.json.
const svelteCheck = createRequire(import.meta.url).resolve('svelte-check/bin/svelte-check');

// The published types as an app sees them: type-tests/ imports `@vidkit/svelte` by name (dist, built before tests).
it('svelte-check accepts documented usage and fails each wrong prop, callback or option type', () => {
  const run = spawnSync(
    process.execPath,
    [svelteCheck, '--workspace', 'type-tests', '--tsconfig', './tsconfig.json', '--output', 'machine'],
    { cwd: root, encoding: 'utf8' },
  );
  const errors = [...run.stdout.matchAll(/^\d+ ERROR "(\w+\.svelte)" (\d+):\d+/gm)].map(
    ([, file, line]) => `${file}:${line}`,
  );
  const wrongLines = readFileSync(`${root}/type-tests/Wrong.svelte`, 'utf8')
    .split('\n')
    .flatMap((text, i) => (text.includes('wrong:') ? [`Wrong.svelte:${i + 1}`] : []));
  expect(wrongLines.length).toBeGreaterThanOrEqual(7);
  expect(run.status, run.stdout).not.toBe(0);
  expect(errors, run.stdout).toEqual(wrongLines);
  expect(run.stdout).toMatch(/ 0 WARNINGS/);
}, 60_000);
