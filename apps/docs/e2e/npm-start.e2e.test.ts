import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Free loopback ports, found by binding port 0. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) =>
          server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
        ),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

let browser: Browser | undefined;
afterAll(() => browser?.close());

it('npm start runs the emulator and the composed Storybook in dev mode, ready to upload; Ctrl-C stops it all', async () => {
  const [emulatorPort, rtmpPort, docsPort, reactPort, vuePort, angularPort, sveltePort] = await freePorts(7);
  // The same script `npm start` hands over to once the bootstrap is done; this test runs after the build.
  const dev = spawn(process.execPath, ['tooling/scripts/dev.mjs'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      VIDKIT_DEV_SKIP_BUILD: '1',
      VIDKIT_EMULATOR_PORT: String(emulatorPort),
      VIDKIT_RTMP_PORT: String(rtmpPort),
      VIDKIT_STORYBOOK_PORT: String(docsPort),
      VIDKIT_STORYBOOK_REACT_PORT: String(reactPort),
      VIDKIT_STORYBOOK_VUE_PORT: String(vuePort),
      VIDKIT_STORYBOOK_ANGULAR_PORT: String(angularPort),
      VIDKIT_STORYBOOK_SVELTE_PORT: String(sveltePort),
    },
  });
  let output = '';
  for (const stream of [dev.stdout, dev.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => dev.once('exit', resolve));
  try {
    await expect.poll(() => output, { timeout: 180_000, interval: 500 }).toContain('Vidkit is running');
    const docsUrl = `http://127.0.0.1:${docsPort}`;
    const listed = output.slice(output.indexOf('Vidkit is running'));
    // The emulator, each playground and the docs host, each with its URL.
    for (const port of [emulatorPort, reactPort, vuePort, angularPort, sveltePort, docsPort]) {
      expect(listed).toContain(`http://127.0.0.1:${port}`);
    }
    expect(listed).not.toContain('not answering yet');

    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const page = await browser.newPage();
    await page.goto(`${docsUrl}/?path=/story/react_videouploader--emulator`);
    // The React playground is a ref of the docs host, on its own dev server; its story talks to this emulator.
    const story = page.frameLocator(`iframe[src*=":${reactPort}/iframe.html"]`);
    await story.locator('input[type=file]').setInputFiles(inject('clipPath'), { timeout: 120_000 });
    await story.getByText('Uploaded', { exact: true }).waitFor({ timeout: 60_000 });
  } finally {
    dev.kill('SIGINT');
  }
  expect(await exited).toBe(0);
  // Every process it started is gone: the emulator no longer answers.
  await expect(fetch(`http://127.0.0.1:${emulatorPort}/_emulator/faults`)).rejects.toThrow();
}, 300_000);
