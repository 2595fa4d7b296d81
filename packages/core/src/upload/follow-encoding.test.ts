import { describe, expect, it } from 'vitest';
import { ensureBrokenVideo, ensureClip } from '@vidkit/tooling/media';
import type { VideoStatusBody } from '../status/video-status.js';
import { createUploadQueue } from './queue.js';
import { createUploadToken, requestCounts, resetRequests, until, useEmulator } from './test-support/emulator.js';

// Encoding on: the items follow real encodings.
const emulator = useEmulator({ encoding: { enabled: true } });

/** The app's status route, as a backend holding the API key would answer it. */
const getVideoStatus = async (videoId: string): Promise<VideoStatusBody> => {
  const auth = `Basic ${Buffer.from(`${emulator.apiKey}:`).toString('base64')}`;
  const response = await fetch(`${emulator.url}/videos/${videoId}/status`, { headers: { Authorization: auth } });
  return (await response.json()) as VideoStatusBody;
};

describe('createUploadQueue with getVideoStatus', () => {
  it("follows each uploaded video's encoding: a clip becomes playable, a text file named .mp4 failed", async () => {
    const queue = createUploadQueue({
      uploadToken: await createUploadToken(emulator),
      apiBaseUrl: emulator.url,
      getVideoStatus,
    });
    const [clip, broken] = await Promise.all([
      ensureClip({ duration: 1, width: 320, height: 180 }),
      ensureBrokenVideo(),
    ]);
    const seen = new Set<string | undefined>();
    queue.subscribe(() => queue.getSnapshot().items.forEach((item) => seen.add(`${item.name} ${item.encoding}`)));
    queue.add(clip);
    queue.add(broken);
    const done = await until(queue, (s) =>
      s.items.every((item) => item.encoding === 'playable' || item.encoding === 'failed'),
    );
    expect(done.items.map((item) => [item.snapshot.status, item.encoding])).toEqual([
      ['completed', 'playable'],
      ['completed', 'failed'],
    ]);
    expect([...seen].filter((s) => s?.endsWith(' processing'))).toHaveLength(2);
    // Both settled: the queue stops asking.
    const asked = (await requestCounts(emulator))['GET /videos/{videoId}/status'];
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect((await requestCounts(emulator))['GET /videos/{videoId}/status']).toBe(asked);
  });

  it('without getVideoStatus nothing is followed and no status is asked', async () => {
    await resetRequests(emulator);
    const queue = createUploadQueue({ uploadToken: await createUploadToken(emulator), apiBaseUrl: emulator.url });
    queue.add(await ensureClip({ duration: 1, width: 320, height: 180 }));
    const done = await until(queue, (s) => s.status === 'completed');
    expect(done.items[0]!.encoding).toBeUndefined();
    expect((await requestCounts(emulator))['GET /videos/{videoId}/status']).toBeUndefined();
  });
});
