// What the shared global setup (./global-setup.ts) provides to every test of a project that uses it, and the browser
// commands of ./project.ts.
import type { ClipOptions } from '../media/index.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of this project's emulator (127.0.0.1, free port); delivery (`/vod`, `/live`) shares it. */
    emulatorUrl: string;
    /** The emulator's (fake, documented) development API key; tests use it as a backend would. */
    emulatorApiKey: string;
    /** The emulator's RTMP ingest base (`rtmp://127.0.0.1:{port}/s`). */
    emulatorRtmpUrl: string;
    /** A 3 s 320×180 generated H.264 clip with a tone, base64, for tests that pick or play a real video. */
    clipBase64: string;
  }
}

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

export {};
