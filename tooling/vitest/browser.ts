import { playwright } from '@vitest/browser-playwright';

/**
 * Chromium flags that keep a headless browser quiet on a closed network and let it run as root.
 * Shared by Vitest browser mode and the Playwright end-to-end tests.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** The Chromium the bootstrap found (`CHROMIUM_PATH`), else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Vitest `test.browser` options: real headless Chromium through Playwright, never a downloaded browser. */
export const browser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
};
