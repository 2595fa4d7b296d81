// Runs every benchmark in this folder in its smoke mode (`--smoke`: one short round, small media) and fails unless
// each one exits cleanly and prints its figure lines. It never looks at the values: speed is measured by the full
// runs, not asserted (their figures on a busy 2-core machine mean nothing). `npm test` runs this through the turbo
// task `bench:smoke`, so a benchmark that stops working fails CI.
// Run: pnpm --filter @vidkit/core build && pnpm --filter @vidkit/core bench:smoke [player] [upload]
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Figures {
  /** What the lines are, for the failure message. */
  what: string;
  /** One match per figure line (global flag). */
  pattern: RegExp;
  /** At least this many. */
  count: number;
}

/** The figure lines each benchmark must print in a smoke run. A new benchmark needs its entry here. */
const EXPECTED: Record<string, Figures[]> = {
  'player.ts': [
    // (a), (b), (c) on loopback; (a), (b), (d) with 40 ms latency.
    {
      what: 'time-to-first-frame medians',
      pattern: /^ {2}\([a-d]\) .+ \d+\.\d ms \(quartiles \d+–\d+ ms\)/gm,
      count: 6,
    },
    { what: 'ratios to the bare hls.js page', pattern: /, \/ \(a\) \d+\.\d{3} \(per-round \d+\.\d{3}\)$/gm, count: 4 },
  ],
  'upload.ts': [
    { what: 'memory lines (baseline, concurrency 1 and the default)', pattern: /: RSS .*\+\d+ MiB/g, count: 3 },
    // Per pass: (a), (b) and (b') at three or more concurrencies, (c).
    { what: 'throughput lines', pattern: /\d+\.\d MiB\/s {3}peak memory \+\d+\.\d MiB$/gm, count: 16 },
    { what: 'ratios', pattern: /^ {2}.+: \d+\.\d{2}$/gm, count: 6 },
  ],
};

// Not a speed limit: a guard against a benchmark that hangs (an upload that never settles) holding CI forever.
const HANG_GUARD_MS = 5 * 60_000;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).map((name) => (name.endsWith('.ts') ? name : `${name}.ts`));
const scripts = (await readdir(here))
  .filter((name) => name.endsWith('.ts') && name !== basename(fileURLToPath(import.meta.url)))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
if (scripts.length === 0) throw new Error(`no benchmark matches ${only.join(', ')}`);

let running: ChildProcess | undefined;
// The benchmark runs in its own process group (see run), which Ctrl-C or turbo's stop no longer reaches by itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (running?.pid) process.kill(-running.pid, signal);
    process.exit(1);
  });
}

/** Runs one benchmark with `--smoke`, echoing its output; resolves to its exit code and what it printed. */
function run(script: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so the hang guard also ends what the benchmark started (an emulator, Chromium).
    const child = spawn(process.execPath, [join(here, script), '--smoke'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    running = child;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    const guard = setTimeout(() => {
      output += `\n${script} still running after ${HANG_GUARD_MS / 1000} s: stopped`;
      process.kill(-child.pid!, 'SIGKILL');
    }, HANG_GUARD_MS);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(guard);
      running = undefined;
      resolve({ code, output });
    });
  });
}

const failures: string[] = [];
const summary: string[] = [];
for (const script of scripts) {
  const expected = EXPECTED[script];
  if (!expected) {
    failures.push(`${script}: no smoke expectations; give it a --smoke mode and list its figure lines in smoke.ts`);
    continue;
  }
  console.log(`\n━━ bench/${script} --smoke`);
  const start = performance.now();
  const { code, output } = await run(script);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const problems = code === 0 ? [] : [`exited with code ${code}`];
  for (const { what, pattern, count } of expected) {
    const found = output.match(pattern)?.length ?? 0;
    if (found < count) problems.push(`printed ${found} ${what}, expected at least ${count}`);
  }
  if (problems.length) failures.push(`${script}: ${problems.join('; ')}`);
  summary.push(`${problems.length ? '✖' : '✔'} ${script.padEnd(12)} ${seconds} s`);
}

console.log(`\nbench:smoke\n${summary.join('\n')}`);
if (failures.length) {
  console.error(failures.map((failure) => `✖ ${failure}`).join('\n'));
  process.exit(1);
}
