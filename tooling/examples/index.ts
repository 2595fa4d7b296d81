/*
 * Shared end-to-end code of the example apps (apps/example-*): every app's `test` script runs `exampleSuite` on its
 * production build, against a real emulator on a free loopback port, in Debian's Chromium through playwright-core.
 *
 *   // apps/example-x/e2e/example.e2e.test.ts
 *   import * as emulator from '@vidkit/emulator';
 *   import { exampleSuite } from '@vidkit/tooling/examples';
 *   exampleSuite({
 *     name: 'X', appDir, emulator, clientDirs: ['build/client'],
 *     server: () => ({ command: process.execPath, args: ['build/index.js'] }),
 *   });
 *
 * What the suite expects of an app (the same in every framework):
 * - Its server reads VIDKIT_API_KEY and VIDKIT_API_BASE_URL at run time (defaults: the emulator's development key and
 *   http://127.0.0.1:4010), and PORT and HOST. The suite starts the emulator with a random key and gives it to the app.
 * - `/` (upload page): the uploader (`input[type=file]`), tokens from the app's server route; once mounted, an element
 *   with `data-hydrated`; after a successful upload an element `data-testid="video-status"` with `data-video-id` and
 *   `data-status` (the video-status snapshot's `status`), and, once playable, the player, autoplaying muted.
 * - `/videos/{id}`: server-rendered title and player (`.vidkit-player` > `video.vidkit-player__video`), autoplaying muted.
 * - `/live/{id}`: the live badge (`.vidkit-live-badge[data-status]`) and the player.
 * - No console error or warning on any of these pages (an offline live manifest's 404 is accepted; pass
 *   `ignoreConsole` with a reason for another exception).
 * - The API key (the run's random one, and the emulator's development key, which only server code may hold) in no
 *   file under `clientDirs`, no page's HTML, no response the browser received from the app.
 * The building blocks are exported too, for an app that needs a different walk.
 */
export { exampleSuite, EXAMPLE_ENV } from './suite.js';
export type { ExampleSuiteOptions, EmulatorModule } from './suite.js';
export { startServer, freePort } from './server.js';
export type { RunningServer, ServerCommand } from './server.js';
export { launchBrowser, collectConsole, problems, recordResponses } from './browser.js';
export type { ConsoleEntry } from './browser.js';
export { scanDir, scanBodies } from './key-scan.js';
export type { Finding } from './key-scan.js';
export { uploadAndPlay, openAndPlay, liveBadgeFlips, waitForHydration, expectServerRenderedVideo } from './walk.js';
