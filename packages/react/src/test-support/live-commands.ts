// Vitest browser commands (they run in Node): start and stop the emulator's test publisher for a stream key.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const publishers = new Map<string, ChildProcess>();
const script = fileURLToPath(new URL('./scripts/push-live.mjs', import.meta.resolve('@vidkit/emulator/package.json')));

export function pushLive(_context: unknown, rtmpUrl: string, streamKey: string): void {
  const child = spawn(process.execPath, [script, streamKey, '--url', rtmpUrl, '--size', '320x180'], {
    stdio: 'ignore',
  });
  publishers.set(streamKey, child);
}

export async function stopLive(_context: unknown, streamKey: string): Promise<void> {
  const child = publishers.get(streamKey);
  publishers.delete(streamKey);
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Starts pushing a test pattern to `{rtmpUrl}/{streamKey}` (the emulator's push-live script). */
    pushLive: (rtmpUrl: string, streamKey: string) => Promise<void>;
    /** Disconnects that publisher. */
    stopLive: (streamKey: string) => Promise<void>;
  }
}
