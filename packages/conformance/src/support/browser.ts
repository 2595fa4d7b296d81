import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromiumArgs, chromiumPath } from '@vidkit/tooling/vitest/browser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const require = createRequire(import.meta.url);

/** A file of an official package as it was installed (read, never changed). */
export const packageFile = (specifier: string): Promise<Buffer> => readFile(require.resolve(specifier));

/** One headless Chromium (Debian's, or `CHROMIUM_PATH`) for the calling test file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser starts in beforeAll; use it inside tests.');
    return browser;
  };
}

/**
 * A tiny static server for the pages that host the official browser packages, on `http://localhost:{port}`: another
 * origin than the emulator's `http://127.0.0.1:{port}`, as an app's page is. `files` maps paths to bodies; `other`
 * may answer the remaining paths (undefined: 404).
 */
export function useHostPages(
  files: Record<string, string | (() => Promise<string | Buffer>)>,
  other?: (path: string) => Promise<string | Buffer | undefined>,
): () => string {
  let url = '';
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    const body =
      file === undefined ? await other?.(path).catch(() => undefined) : typeof file === 'string' ? file : await file();
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = /\.m?js$/.test(path) ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return () => url;
}
