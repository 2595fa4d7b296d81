#!/usr/bin/env node
// Every check `npm test` runs, in order. The bootstrap has already put Node, pnpm, Chromium and ffmpeg in place.
// Run it directly (`pnpm check`) when your machine is already set up.

import { spawnSync } from 'node:child_process';

const steps = [
  ['format', 'prettier', ['--check', '--log-level=warn', '.']],
  ['changesets', 'changeset', ['status']],
  // One turbo graph: build → typecheck, lint, unit, browser and end-to-end tests, package checks, size budgets,
  // and one short round of each benchmark (bench:smoke: it must still run and print its figures; timings unchecked).
  [
    'turbo',
    'turbo',
    [
      'run',
      'build',
      'typecheck',
      'lint',
      'test',
      'check:package',
      'size',
      'bench:smoke',
      '--concurrency=2',
      ...process.argv.slice(2),
    ],
  ],
];

const results = [];
for (const [name, bin, args] of steps) {
  const t0 = Date.now();
  console.log(`\n\x1b[1m━━ ${name}: ${bin} ${args.join(' ')}\x1b[0m`);
  const res = spawnSync(bin, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = res.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  if (!ok) break;
}

console.log('');
for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => !r.ok).length + (steps.length - results.length);
console.log(`checks: ${steps.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
