#!/usr/bin/env node
// The one entry point behind `npm start` and `npm test`.
// It uses only Node's standard library so that it runs on whatever Node the machine has (≥ 18),
// gets everything else itself, then hands over to the task. Every step it takes is printed.
//
//   node tooling/bootstrap/bootstrap.mjs start|test|setup [-- task args]

import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOOLS = join(ROOT, '.tools');
const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '12.21.0';
const started = Date.now();
/** The environment every later step and the task run with; filled in by main(). */
let childEnv = { ...process.env };

const [command = 'test', ...taskArgs] = process.argv.slice(2);
const TASKS = {
  // What each command hands over to once the machine is ready.
  start: { script: ['tooling/scripts/dev.mjs'], needs: { chromium: false, ffmpeg: true } },
  test: { script: ['tooling/scripts/check.mjs'], needs: { chromium: true, ffmpeg: true, openssl: true } },
  setup: { script: null, needs: { chromium: true, ffmpeg: true } },
};
const task = TASKS[command];
if (!task) {
  console.error(`bootstrap: unknown command "${command}". Use one of: ${Object.keys(TASKS).join(', ')}.`);
  process.exit(2);
}

const step = (msg) => console.log(`\x1b[36m▸ bootstrap\x1b[0m ${msg}`);
const fail = (msg) => {
  console.error(`\x1b[31m✖ bootstrap\x1b[0m ${msg}`);
  process.exit(1);
};

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (res.error) return { ok: false, error: res.error };
  return { ok: res.status === 0, status: res.status };
}

function capture(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT });
  return res.status === 0 ? res.stdout.trim() : null;
}

function which(bin) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, bin);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;
function aptInstall(pkg) {
  if (!isRoot || !which('apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    step('apt-get update');
    if (!run('apt-get', ['update', '-qq'], { env }).ok) return false;
    aptUpdated = true;
  }
  step(`apt-get install -y ${pkg}`);
  return run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { env }).ok;
}

function npmInstallTools(specs) {
  mkdirSync(TOOLS, { recursive: true });
  const pkgJson = join(TOOLS, 'package.json');
  const current = existsSync(pkgJson) ? JSON.parse(readFileSync(pkgJson, 'utf8')) : { private: true, dependencies: {} };
  for (const [name, version] of Object.entries(specs)) current.dependencies[name] = version;
  writeFileSync(pkgJson, JSON.stringify(current, null, 2) + '\n');
  step(
    `npm install into .tools/: ${Object.entries(specs)
      .map(([n, v]) => `${n}@${v}`)
      .join(' ')}`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = run(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', TOOLS]);
  if (!res.ok)
    fail(`npm could not install ${Object.keys(specs).join(', ')} into .tools/. Check access to the npm registry.`);
}

// ── 1. Node ──────────────────────────────────────────────────────────────────────────────────
// Angular 22, vitest 5 and node:sqlite need Node ≥ 22.22.3 (22.x) or ≥ 24.15.
function nodeIsRecentEnough(version) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (major === 22) return minor > 22 || (minor === 22 && patch >= 3);
  if (major === 24) return minor >= 15;
  return major >= 25;
}

function reexecWithRecentNode() {
  if (nodeIsRecentEnough(process.versions.node)) return false;
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const bin = join(TOOLS, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bin) || capture(bin, ['-v']) !== `v${NODE_VERSION}`) {
    step(
      `Node ${process.versions.node} is too old (need ≥ 24.15 or ≥ 22.22.3); installing Node ${NODE_VERSION} from the npm registry`,
    );
    npmInstallTools({ [pkg]: NODE_VERSION });
  }
  step(`re-running with Node ${NODE_VERSION} from .tools/`);
  const env = { ...process.env, PATH: `${dirname(bin)}${delimiter}${process.env.PATH}` };
  handOver(bin, process.argv.slice(1), env);
  return true;
}

/** Runs a child in our process group (so Ctrl-C reaches it directly) and exits with its code. */
function handOver(bin, args, env) {
  const child = spawn(bin, args, { stdio: 'inherit', cwd: ROOT, env });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// ── 2. pnpm ──────────────────────────────────────────────────────────────────────────────────
function ensurePnpm() {
  const local = join(TOOLS, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');
  if (existsSync(local) && capture(process.execPath, [local, '--version']) === PNPM_VERSION)
    return [process.execPath, local];
  const global = which(process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
  const globalVersion = global && capture(global, ['--version']);
  if (globalVersion && globalVersion.split('.')[0] === PNPM_VERSION.split('.')[0]) return [global];
  step(`pnpm ${PNPM_VERSION} not found${globalVersion ? ` (found ${globalVersion})` : ''}; installing it into .tools/`);
  npmInstallTools({ pnpm: PNPM_VERSION });
  return [process.execPath, local];
}

// ── 3. dependencies ───────────────────────────────────────────────────────────────────────────
function installFingerprint() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['packages', 'apps']) {
    const dir = join(ROOT, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) files.push(join(group, name, 'package.json'));
  }
  files.push('tooling/package.json');
  for (const f of files) {
    const p = join(ROOT, f);
    if (existsSync(p)) hash.update(f).update(readFileSync(p));
  }
  return hash.update(process.version).digest('hex');
}

function ensureDependencies(pnpm) {
  const stamp = join(ROOT, 'node_modules', '.vidkit-install');
  const fingerprint = installFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return;
  step('pnpm install --frozen-lockfile');
  const [bin, ...pre] = pnpm;
  if (!run(bin, [...pre, 'install', '--frozen-lockfile'], { env: childEnv }).ok) {
    fail('pnpm install failed. If pnpm-lock.yaml is out of date, run `pnpm install` and commit the lockfile.');
  }
  writeFileSync(stamp, fingerprint);
}

// ── 4. Chromium, for browser and end-to-end tests ─────────────────────────────────────────────
function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()) {
      for (const sub of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
      ]) {
        const p = join(cache, dir, sub);
        if (existsSync(p)) return p;
      }
    }
  }
  return null;
}

function ensureChromium(pnpm) {
  let path = findChromium();
  if (!path) {
    step('no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright cache)');
    if (!aptInstall('chromium')) {
      step('installing Chromium with Playwright');
      const [bin, ...pre] = pnpm;
      run(bin, [...pre, 'exec', 'playwright-core', 'install', 'chromium'], { env: childEnv });
    }
    path = findChromium();
    if (!path)
      fail('Chromium is needed for browser tests. Install it (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.');
  }
  childEnv.CHROMIUM_PATH = path;
}

// ── 5. ffmpeg, for test media and the emulator's encoder ──────────────────────────────────────
function ensureFfmpeg() {
  let ffmpeg = process.env.FFMPEG_PATH ?? which('ffmpeg');
  let ffprobe = process.env.FFPROBE_PATH ?? which('ffprobe');
  if (!ffmpeg || !ffprobe) {
    step('ffmpeg/ffprobe not found (FFMPEG_PATH, FFPROBE_PATH, PATH)');
    if (aptInstall('ffmpeg')) {
      ffmpeg = which('ffmpeg');
      ffprobe = which('ffprobe');
    }
  }
  if ((!ffmpeg || !ffprobe) && process.platform === 'linux' && process.arch === 'x64') {
    npmInstallTools({ '@ffmpeg-installer/linux-x64': '4.1.0', '@ffprobe-installer/linux-x64': '5.2.0' });
    ffmpeg ??= join(TOOLS, 'node_modules', '@ffmpeg-installer', 'linux-x64', 'ffmpeg');
    ffprobe ??= join(TOOLS, 'node_modules', '@ffprobe-installer', 'linux-x64', 'ffprobe');
  }
  if (!ffmpeg || !existsSync(ffmpeg) || !ffprobe || !existsSync(ffprobe)) {
    fail(
      'ffmpeg and ffprobe are needed for test media and encoding. Install them (e.g. `apt-get install ffmpeg`) or set FFMPEG_PATH and FFPROBE_PATH.',
    );
  }
  childEnv.FFMPEG_PATH = ffmpeg;
  childEnv.FFPROBE_PATH = ffprobe;
}

// The emulator's HTTPS test makes a throwaway certificate with it (Debian ships it; minimal images may not).
function ensureOpenssl() {
  if (which('openssl')) return;
  step('openssl not found');
  if (!aptInstall('openssl') || !which('openssl')) {
    fail("openssl is needed by the emulator's HTTPS test. Install it (e.g. `apt-get install openssl`).");
  }
}

// ── main ──────────────────────────────────────────────────────────────────────────────────────
if (!reexecWithRecentNode()) main();

function main() {
  const cacheHome = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  childEnv = {
    ...process.env,
    PATH: [join(ROOT, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(delimiter),
    // turbo's cache lives outside the clone, so a fresh clone on the same machine is still warm.
    TURBO_CACHE_DIR: process.env.TURBO_CACHE_DIR ?? join(cacheHome, 'vidkit', 'turbo'),
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    STORYBOOK_DISABLE_TELEMETRY: '1',
    VIDKIT_MEDIA_CACHE: process.env.VIDKIT_MEDIA_CACHE ?? join(cacheHome, 'vidkit', 'media'),
  };

  const pnpm = ensurePnpm();
  // turbo runs package scripts through `pnpm`, so it must be on PATH.
  if (pnpm.length > 1) childEnv.PATH = [join(TOOLS, 'node_modules', '.bin'), childEnv.PATH].join(delimiter);
  ensureDependencies(pnpm);
  if (task.needs.ffmpeg) ensureFfmpeg();
  if (task.needs.chromium) ensureChromium(pnpm);
  if (task.needs.openssl) ensureOpenssl();
  step(
    `ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Node ${process.versions.node}, pnpm ${PNPM_VERSION})`,
  );

  if (task.script) handOver(process.execPath, [...task.script, ...taskArgs], childEnv);
}
