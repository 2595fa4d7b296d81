import { spawn } from 'node:child_process';

/** Options of {@link pushTestStream}. */
export interface PushTestStreamOptions {
  /** The ingest base, e.g. the emulator's `rtmpUrl` (`rtmp://127.0.0.1:1935/s`); the key is appended. */
  rtmpUrl: string;
  streamKey: string;
  /** Seconds to push before stopping by itself; default: until `stop()`. */
  duration?: number;
  /** Default 640×360 at 30 fps: cheap enough to run beside tests on a small machine. */
  width?: number;
  height?: number;
  fps?: number;
  /** The ffmpeg executable; default `FFMPEG_PATH` or `ffmpeg` on the PATH. */
  ffmpegPath?: string;
}

/** A running test publisher. */
export interface TestStreamPublisher {
  /** Disconnects the publisher (ffmpeg closes the RTMP session cleanly) and resolves when it has exited. */
  stop(): Promise<void>;
  /** Resolves with ffmpeg's exit code and the end of its log once the publisher is gone, whatever the reason. */
  readonly exited: Promise<{ code: number | null; log: string }>;
}

/**
 * Publishes an ffmpeg test pattern with a 1 kHz tone to an RTMP ingest, as OBS would: H.264 (2 s GOP, zero
 * latency) and AAC in FLV, in real time.
 *
 * @example
 * const emulator = await startEmulator({ port: 0, live: { rtmpPort: 0 } });
 * const publisher = pushTestStream({ rtmpUrl: emulator.rtmpUrl!, streamKey: liveStream.streamKey });
 * // … the stream is live …
 * await publisher.stop();
 */
export function pushTestStream(options: PushTestStreamOptions): TestStreamPublisher {
  const fps = options.fps ?? 30;
  const size = `${options.width ?? 640}x${options.height ?? 360}`;
  const url = `${options.rtmpUrl.replace(/\/+$/, '')}/${encodeURIComponent(options.streamKey)}`;
  const limit = options.duration === undefined ? [] : ['-t', String(options.duration)];
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-re',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${size}:rate=${fps}`,
    '-re',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=1000:sample_rate=48000',
    ...limit,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-tune',
    'zerolatency',
    '-pix_fmt',
    'yuv420p',
    '-g',
    String(fps * 2),
    '-keyint_min',
    String(fps * 2),
    '-sc_threshold',
    '0',
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    '-f',
    'flv',
    url,
  ];
  const child = spawn(options.ffmpegPath ?? process.env.FFMPEG_PATH ?? 'ffmpeg', args, {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000);
  });
  child.stdin.on('error', () => {});
  const exited = new Promise<{ code: number | null; log: string }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, log: `could not run ffmpeg: ${error.message}` }));
    child.on('close', (code) => resolve({ code, log }));
  });
  return {
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        // `q` makes ffmpeg finish the FLV and unpublish, as a user stopping OBS would.
        child.stdin.end('q');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await exited;
    },
  };
}
