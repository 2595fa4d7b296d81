import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import { sha256File } from '@vidkit/tooling/media';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The sha256 of the source the shared test emulator assembled for a video. */
    vidkitSourceSha(videoId: string): Promise<string>;
  }
}

/** Reads the assembled source from the data dir of the emulator that test/global-setup.ts started. */
export const vidkitSourceSha: BrowserCommand<[videoId: string]> = async (_context, videoId) => {
  const holder = globalThis as { [key: symbol]: { emulator: Promise<{ dataDir: string }> } | undefined };
  const shared = holder[Symbol.for('vidkit.core.test.emulator')];
  if (!shared) throw new Error('No emulator: test/global-setup.ts did not run.');
  const { dataDir } = await shared.emulator;
  return sha256File(join(dataDir, 'videos', videoId, 'source'));
};
