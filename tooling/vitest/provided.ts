// What the shared global setup (./global-setup.ts) provides to every test of a project that uses it.
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

export {};
