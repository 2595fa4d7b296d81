import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';

// React Server Components need the directive at the top of each client module of the published build; tsc keeps
// one output file per module, so it survives (a bundler that merged modules would drop it).
const clientModules = [
  'uploader/VideoUploader.js',
  'uploader/UploadRow.js',
  'player/VideoPlayer.js',
  'live/LiveStatusBadge.js',
  'context.js',
  'hooks/use-store.js',
  'hooks/use-upload.js',
  'hooks/use-upload-queue.js',
  'hooks/use-player.js',
  'hooks/use-live-status.js',
  'hooks/use-video-status.js',
];

it.each(clientModules)("dist/%s starts with 'use client'", async (path) => {
  const code = await readFile(new URL(`../dist/${path}`, import.meta.url), 'utf8');
  expect(code.startsWith("'use client';\n")).toBe(true);
});
