#!/usr/bin/env node
// `npm start`: builds what the playground needs, then runs the emulator and the Storybook playground side by side.
// Ctrl-C stops every process started here.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const EMULATOR_PORT = process.env.VIDKIT_EMULATOR_PORT ?? '4010';
const STORYBOOK_PORT = process.env.VIDKIT_STORYBOOK_PORT ?? '6006';

const hasDocs = existsSync('apps/docs/package.json');
const filters = ['--filter=@vidkit/emulator...', ...(hasDocs ? ['--filter=@vidkit/docs...'] : [])];
console.log('▸ building the emulator' + (hasDocs ? ' and the playground' : ''));
const build = spawnSync('turbo', ['run', 'build', ...filters, '--output-logs=errors-only'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
function start(name, cmd, args, env = {}) {
  const child = spawn(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    detached: true,
  });
  const prefix = `\x1b[2m[${name}]\x1b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping everything`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  // Each child leads its own process group, so one signal reaches its whole tree (Storybook spawns workers).
  for (const child of children) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  const deadline = setTimeout(() => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(code);
  }, 5000);
  deadline.unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : null))).then(() =>
    process.exit(code),
  );
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));

start('emulator', process.execPath, ['packages/emulator/dist/cli.js', '--port', EMULATOR_PORT, '--host', '127.0.0.1']);
if (hasDocs)
  start('storybook', 'pnpm', ['--filter', '@vidkit/docs', 'run', 'dev', '--port', STORYBOOK_PORT], {
    VIDKIT_EMULATOR_URL: `http://127.0.0.1:${EMULATOR_PORT}`,
  });
