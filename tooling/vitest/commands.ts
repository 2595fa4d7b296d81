import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import { ensureClip, sha256File, type ClipOptions } from '../media/index.mjs';
import { emulatorOf } from './registry.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The bytes of a generated test clip (ffmpeg test pattern and tone), base64-encoded for the page. */
    vidkitClip(options?: ClipOptions): Promise<string>;
    /** Starts publishing a test pattern to the project's emulator under `streamKey`, as OBS would. */
    pushLive(streamKey: string): Promise<void>;
    /** Stops that publisher (ffmpeg unpublishes cleanly) and waits for it to exit. */
    stopLive(streamKey: string): Promise<void>;
    /** The sha256 of the source the project's emulator assembled for a video. */
    vidkitSourceSha(videoId: string): Promise<string>;
  }
}

const vidkitClip: BrowserCommand<[ClipOptions?]> = async (_context, options) =>
  (await readFile(await ensureClip(options))).toString('base64');

const publishers = new Map<string, { stop(): Promise<void> }>();

const pushLive: BrowserCommand<[string]> = async ({ project }, streamKey) => {
  const { emulator, module } = emulatorOf(project.name);
  const [{ rtmpUrl }, { pushTestStream }] = await Promise.all([emulator, module]);
  // Small and cheap (2 cores, several projects): 320×180 at 25 fps, 2 s GOPs, real time.
  publishers.set(
    `${project.name}/${streamKey}`,
    pushTestStream({ rtmpUrl: rtmpUrl!, streamKey, width: 320, height: 180, fps: 25 }),
  );
};

const stopLive: BrowserCommand<[string]> = async ({ project }, streamKey) => {
  const key = `${project.name}/${streamKey}`;
  const publisher = publishers.get(key);
  publishers.delete(key);
  await publisher?.stop();
};

const vidkitSourceSha: BrowserCommand<[string]> = async ({ project }, videoId) => {
  const { dataDir } = await emulatorOf(project.name).emulator;
  return sha256File(join(dataDir, 'videos', videoId, 'source'));
};

/** The browser commands that go with the shared global setup: `commands.pushLive(streamKey)` etc. in a test. */
export const emulatorCommands = { vidkitClip, pushLive, stopLive, vidkitSourceSha };
