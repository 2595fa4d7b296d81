import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { ensureClip } from '../media/index.mjs';
import { startFor, stopFor } from './project.js';
import type {} from './provided.js';

/**
 * The one Vitest global setup of the repo's browser and integration tests: starts a real emulator for the project
 * (loopback, free HTTP and RTMP ports, temporary data dir) and provides its URL, key, RTMP base and a generated clip.
 * One emulator per project, because fault injection and request counts are per emulator and projects run side by
 * side; the browser commands of ./commands.ts find it by project name.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { emulator } = startFor(project.name, project.config.root);
  const [running, clip] = await Promise.all([emulator, ensureClip({ duration: 3, width: 320, height: 180 })]);
  project.provide('emulatorUrl', running.url);
  project.provide('emulatorApiKey', running.apiKey);
  project.provide('emulatorRtmpUrl', running.rtmpUrl ?? '');
  project.provide('clipBase64', (await readFile(clip)).toString('base64'));
  return () => stopFor(project.name);
}
