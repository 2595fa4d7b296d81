#!/usr/bin/env node
// Pushes an ffmpeg test pattern and tone to the emulator's RTMP ingest, like OBS would.
// Usage: pnpm --filter @vidkit/emulator push-live <streamKey> [--url rtmp://127.0.0.1:1935/s] [--duration seconds]
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: 'rtmp://127.0.0.1:1935/s' },
    duration: { type: 'string' },
    size: { type: 'string', default: '640x360' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const usage =
  'Usage: push-live <streamKey> [--url rtmp://127.0.0.1:1935/s] [--duration seconds] [--size 640x360]\n' +
  'The stream key is the `streamKey` of a live stream created with POST /live-streams on the emulator.';
const [streamKey] = positionals;
if (values.help || !streamKey) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
const duration = values.duration === undefined ? undefined : Number(values.duration);
const [width, height] = values.size.split('x').map(Number);
if ((duration !== undefined && !(duration > 0)) || !(width > 0) || !(height > 0)) {
  console.error(usage);
  process.exit(2);
}

let pushTestStream;
try {
  ({ pushTestStream } = await import('../dist/live/push-test-stream.js'));
} catch {
  console.error('The emulator is not built yet: run `pnpm --filter @vidkit/emulator build` first.');
  process.exit(1);
}

const publisher = pushTestStream({ rtmpUrl: values.url, streamKey, duration, width, height });
console.log(`Pushing a ${width}×${height} test pattern with a 1 kHz tone to ${values.url}/${streamKey}`);
console.log(duration === undefined ? 'Press Ctrl+C to stop.' : `Stopping after ${duration} s.`);
const stop = () => void publisher.stop();
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
const { code, log } = await publisher.exited;
if (code !== 0 && code !== 255) {
  console.error(log.trim() || `ffmpeg exited with code ${code}`);
  process.exit(1);
}
console.log('Publisher disconnected.');
