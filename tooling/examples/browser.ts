import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../vitest/browser.js';

/** Debian's Chromium (or `CHROMIUM_PATH`) through playwright-core, headless, quiet on a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A console message or uncaught error a page printed, with the page's URL at the time. */
export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

/**
 * Records every console message and uncaught page error of `page` (hydration mismatches land here as errors or
 * warnings). Read the array at the end; filter with `problems()`.
 */
export function collectConsole(page: Page): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const location = message.location();
    entries.push({ type: message.type(), text: message.text(), url: location.url || page.url() });
  });
  page.on('pageerror', (error) => entries.push({ type: 'pageerror', text: String(error), url: page.url() }));
  return entries;
}

/** The entries that are errors or warnings (`pageerror` included), minus those `ignore` accepts. */
export function problems(entries: readonly ConsoleEntry[], ignore: (entry: ConsoleEntry) => boolean = () => false) {
  return entries.filter((e) => ['error', 'warning', 'pageerror', 'assert'].includes(e.type) && !ignore(e));
}

/** Resolves the bodies of every response `page` receives from `origin` (scripts, styles, data, HTML, API routes). */
export function recordResponses(page: Page, origin: string): Map<string, Promise<Buffer | undefined>> {
  const bodies = new Map<string, Promise<Buffer | undefined>>();
  page.on('response', (response) => {
    if (!response.url().startsWith(origin)) return;
    // Redirects and aborted requests have no body: nothing the browser could read.
    bodies.set(
      response.url(),
      response.body().catch(() => undefined),
    );
  });
  return bodies;
}
