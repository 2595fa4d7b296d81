#!/usr/bin/env node
import { parseCli, USAGE } from './cli-args.js';
import { startEmulator } from './start.js';

async function main(): Promise<void> {
  let options;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator(options);
  console.log(`vidkit-emulator: api.video emulator listening
  API base URL: ${emulator.url}
  API key:      ${emulator.apiKey}   (development key, accepted only by this emulator)
  Data dir:     ${emulator.dataDir}${emulator.rtmpUrl ? `\n  RTMP ingest:  ${emulator.rtmpUrl}/{streamKey}` : ''}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`vidkit-emulator: ${signal}, stopping`);
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('vidkit-emulator failed to start:', error);
  process.exit(1);
});
