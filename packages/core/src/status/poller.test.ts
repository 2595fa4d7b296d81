import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api-error.js';
import { onlineManager } from '../managers/online-manager.js';
import { visibilityManager } from '../managers/visibility-manager.js';
import { watchLiveStatus } from './live-status.js';
import { reduceVideoStatus, watchVideoStatus } from './video-status.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  visibilityManager.setOverride(undefined);
  onlineManager.setOverride(undefined);
});

function counter(answer: () => boolean | Promise<boolean>) {
  const calls: number[] = [];
  const fetcher = vi.fn(async () => {
    calls.push(Date.now());
    return answer();
  });
  return { fetcher, calls };
}

describe('watchLiveStatus with a custom source', () => {
  it('shares one poll per interval between 100 subscribers and stops with the last', async () => {
    const { fetcher } = counter(() => true);
    const offs = Array.from({ length: 100 }, () =>
      watchLiveStatus('li1', { source: fetcher, interval: 1000 }).subscribe(() => {}),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(watchLiveStatus('li1', { source: fetcher }).getSnapshot().status).toBe('live');
    await vi.advanceTimersByTimeAsync(3000);
    expect(fetcher).toHaveBeenCalledTimes(4);
    for (const off of offs) off();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher).toHaveBeenCalledTimes(4);
  });

  it('tracks since/checkedAt and flips between live and offline', async () => {
    let live = false;
    const { fetcher } = counter(() => live);
    const watcher = watchLiveStatus('li2', { source: fetcher, interval: 1000 });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    const first = watcher.getSnapshot();
    expect(first.status).toBe('offline');
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.getSnapshot().since).toBe(first.since);
    expect(watcher.getSnapshot().checkedAt).toBeGreaterThan(first.checkedAt!);
    live = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.getSnapshot().status).toBe('live');
    expect(watcher.getSnapshot().since).toBe(Date.now());
    off();
  });

  it('stops while hidden (checks at once when shown again) and pauses while offline', async () => {
    const { fetcher } = counter(() => true);
    const off = watchLiveStatus('li3', { source: fetcher, interval: 1000 }).subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    visibilityManager.setOverride(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher).toHaveBeenCalledTimes(1);
    visibilityManager.setOverride(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetcher).toHaveBeenCalledTimes(2);
    onlineManager.setOverride(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher).toHaveBeenCalledTimes(2);
    onlineManager.setOverride(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetcher).toHaveBeenCalledTimes(3);
    off();
  });

  it('backs off on errors, honours Retry-After, keeps the last status until three failures', async () => {
    let fail = false;
    const { fetcher, calls } = counter(() => {
      if (fail) throw new ApiError({ status: 429, body: undefined, method: 'GET', path: '/x', retryAfter: 20 });
      return true;
    });
    const watcher = watchLiveStatus('li4', { source: fetcher, interval: 1000 });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    fail = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.getSnapshot()).toMatchObject({ status: 'live', error: expect.any(ApiError) });
    await vi.advanceTimersByTimeAsync(19_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(4);
    expect(watcher.getSnapshot().status).toBe('error');
    fail = false;
    await vi.advanceTimersByTimeAsync(61_000);
    expect(watcher.getSnapshot()).toMatchObject({ status: 'live', error: undefined });
    off();
  });
});

describe('watchVideoStatus', () => {
  const body = (playable: boolean, status: string) => ({
    ingest: { status: 'ingested' },
    encoding: { playable, qualities: [{ type: 'hls', quality: '240p', status }] },
  });

  it('reduces the API body', () => {
    expect(reduceVideoStatus({ ingest: { status: 'uploading' } }).status).toBe('uploading');
    expect(reduceVideoStatus(body(false, 'encoding')).status).toBe('encoding');
    expect(reduceVideoStatus(body(true, 'encoding'))).toMatchObject({ status: 'playable', playable: true });
    expect(reduceVideoStatus(body(true, 'encoded')).status).toBe('encoded');
    expect(reduceVideoStatus(body(false, 'failed')).status).toBe('failed');
    // One rendition failed, another plays: the video is done, not failed.
    const mixed = body(true, 'encoded');
    mixed.encoding.qualities.push({ type: 'hls', quality: '1080p', status: 'failed' });
    expect(reduceVideoStatus(mixed).status).toBe('encoded');
  });

  it('a failed encoding is final: polling stops and ready rejects with encoding_failed', async () => {
    const answers = [body(false, 'encoding'), body(false, 'failed')];
    const fetcher = vi.fn(async () => answers.shift() ?? body(false, 'failed'));
    const watcher = watchVideoStatus('vi3', { fetcher, interval: 1000 });
    const expectation = expect(watcher.ready).rejects.toMatchObject({ code: 'encoding_failed' });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(1000);
    await expectation;
    expect(watcher.getSnapshot().status).toBe('failed');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher).toHaveBeenCalledTimes(2);
    off();
  });

  it('resolves ready when playable and stops polling once every quality is encoded', async () => {
    const answers = [body(false, 'encoding'), body(true, 'encoding'), body(true, 'encoded')];
    const fetcher = vi.fn(async () => answers.shift() ?? body(true, 'encoded'));
    const watcher = watchVideoStatus('vi1', { fetcher, interval: 1000 });
    const ready = watcher.ready;
    await vi.advanceTimersByTimeAsync(1000);
    await expect(ready).resolves.toMatchObject({ playable: true });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(1000);
    expect(watcher.getSnapshot().status).toBe('encoded');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetcher).toHaveBeenCalledTimes(3);
    off();
  });

  it('rejects ready on a 404', async () => {
    const fetcher = vi.fn(async () => {
      throw new ApiError({ status: 404, body: undefined, method: 'GET', path: '/videos/vi2/status' });
    });
    const ready = watchVideoStatus('vi2', { fetcher, interval: 1000 }).ready;
    const expectation = expect(ready).rejects.toMatchObject({ status: 404 });
    await vi.advanceTimersByTimeAsync(0);
    await expectation;
  });
});
