#!/usr/bin/env node
// `npm start`: builds what the playground needs, then runs the emulator, every framework's Storybook playground and
// the docs host that composes them, side by side. Prints the URLs once they answer. Ctrl-C stops every process.
// Ports: VIDKIT_EMULATOR_PORT (4010), VIDKIT_RTMP_PORT (1935), VIDKIT_STORYBOOK_PORT (docs, 6006),
// VIDKIT_STORYBOOK_<FRAMEWORK>_PORT (React 6007, Vue 6008, Angular 6009, Svelte 6010).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const EMULATOR_PORT = process.env.VIDKIT_EMULATOR_PORT ?? '4010';
const DOCS_PORT = process.env.VIDKIT_STORYBOOK_PORT ?? '6006';
const emulatorUrl = `http://127.0.0.1:${EMULATOR_PORT}`;

const hasDocs = existsSync('apps/docs/refs.mjs');
/** @type {{ id: string, title: string, app: string, devPort: number }[]} */
const playgrounds = hasDocs ? (await import('../../apps/docs/refs.mjs')).playgrounds : [];

// The playgrounds read the framework packages from source, but those import core's build.
// VIDKIT_DEV_SKIP_BUILD=1 skips it where a build has just run (the test of this script, inside `npm test`).
if (process.env.VIDKIT_DEV_SKIP_BUILD !== '1') {
  const filters = ['--filter=@vidkit/emulator...', ...playgrounds.map((p) => `--filter=@vidkit/${p.app}^...`)];
  console.log('▸ building the emulator' + (playgrounds.length ? ' and what the playgrounds need' : ''));
  const build = spawnSync('turbo', ['run', 'build', ...filters, '--output-logs=errors-only'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

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

/** Resolves once `url` answers 2xx (or after two minutes). */
async function answers(url) {
  const until = Date.now() + 120_000;
  while (Date.now() < until && !stopping) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return true;
      await new Promise((r) => setTimeout(r, 500));
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return false;
}

const services = [{ title: 'emulator', url: emulatorUrl, check: `${emulatorUrl}/_emulator/faults` }];
const rtmpPort = process.env.VIDKIT_RTMP_PORT;
start('emulator', process.execPath, [
  'packages/emulator/dist/cli.js',
  '--port',
  EMULATOR_PORT,
  '--host',
  '127.0.0.1',
  ...(rtmpPort ? ['--rtmp-port', rtmpPort] : []),
]);
const refEnv = {};
for (const p of playgrounds) {
  const port = process.env[`VIDKIT_STORYBOOK_${p.id.toUpperCase()}_PORT`] ?? String(p.devPort);
  const url = `http://127.0.0.1:${port}`;
  refEnv[`VIDKIT_STORYBOOK_${p.id.toUpperCase()}_URL`] = url;
  services.push({ title: `${p.title} playground`, url });
  start(p.id, 'pnpm', ['--filter', `@vidkit/${p.app}`, 'run', 'dev', '--port', port], {
    STORYBOOK_VIDKIT_EMULATOR_URL: emulatorUrl,
    ...(rtmpPort ? { STORYBOOK_VIDKIT_RTMP_URL: `rtmp://127.0.0.1:${rtmpPort}/s` } : {}),
  });
}
if (hasDocs) {
  // The docs host checks each ref's index.json when it starts; a ref that does not answer yet would be fetched with
  // credentials later, which CORS refuses. So it starts once the playgrounds answer.
  await Promise.all(
    playgrounds.map((p) => answers(`${refEnv[`VIDKIT_STORYBOOK_${p.id.toUpperCase()}_URL`]}/index.json`)),
  );
  services.push({ title: 'docs (all playgrounds)', url: `http://127.0.0.1:${DOCS_PORT}` });
  start('docs', 'pnpm', ['--filter', '@vidkit/docs', 'run', 'dev', '--port', DOCS_PORT], refEnv);
}

const ready = await Promise.all(services.map((s) => answers(s.check ?? s.url)));
if (!stopping) {
  console.log('\n\x1b[1mVidkit is running\x1b[0m (Ctrl-C stops everything)');
  services.forEach((s, i) => console.log(`  ${s.title.padEnd(24)} ${s.url}${ready[i] ? '' : '  (not answering yet)'}`));
  console.log('');
}
