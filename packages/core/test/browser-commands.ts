import { readFile } from 'node:fs/promises';
import type { BrowserCommand } from 'vitest/node';
import { pushTestStream, type TestStreamPublisher } from '@vidkit/emulator';
import { ensureClip, type ClipOptions } from '@vidkit/tooling/media';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The bytes of a generated test clip (ffmpeg test pattern and tone), base64-encoded for the page. */
    vidkitClip(options?: ClipOptions): Promise<string>;
    /** Starts publishing an ffmpeg test pattern to `{rtmpUrl}/{streamKey}`, as OBS would; returns a handle id. */
    vidkitStartPush(rtmpUrl: string, streamKey: string): Promise<number>;
    /** Stops a publisher started by `vidkitStartPush` (ffmpeg unpublishes cleanly) and waits for it to exit. */
    vidkitStopPush(id: number): Promise<void>;
  }
}

/** Browser commands of core's tests: Node-side helpers the page calls through `commands`. */
export const vidkitClip: BrowserCommand<[ClipOptions?]> = async (_context, options) =>
  (await readFile(await ensureClip(options))).toString('base64');

const publishers = new Map<number, TestStreamPublisher>();
let nextPublisher = 0;

export const vidkitStartPush: BrowserCommand<[string, string]> = async (_context, rtmpUrl, streamKey) => {
  // The emulator's own test publisher (ffmpeg test pattern and tone, 2 s GOPs, real time), small for 2 cores.
  const id = ++nextPublisher;
  publishers.set(id, pushTestStream({ rtmpUrl, streamKey, width: 426, height: 240, fps: 25 }));
  return id;
};

export const vidkitStopPush: BrowserCommand<[number]> = async (_context, id) => {
  const publisher = publishers.get(id);
  publishers.delete(id);
  await publisher?.stop();
};
