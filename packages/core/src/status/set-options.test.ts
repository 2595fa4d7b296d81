import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLiveStatus } from './live-status.js';
import { watchVideoStatus, type VideoStatusBody } from './video-status.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A live-status source of ours that records which stream each check asked about. */
function recordingSource(live: (id: string) => boolean) {
  const asked: string[] = [];
  const source = async (id: string) => {
    asked.push(id);
    return live(id);
  };
  return { source, asked };
}

describe('watchLiveStatus().setOptions', () => {
  it('follows a new stream, stops polling the old one, and ignores the same options again', async () => {
    const { source, asked } = recordingSource((id) => id === 'liB');
    const watcher = watchLiveStatus('liA', { source, interval: 1000 });
    const seen: string[] = [];
    const off = watcher.subscribe(() => seen.push(watcher.getSnapshot().status));
    await vi.advanceTimersByTimeAsync(0);
    expect(watcher.getSnapshot().status).toBe('offline');
    watcher.setOptions({ liveStreamId: 'liA', source, interval: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual(['liA']);

    watcher.setOptions({ liveStreamId: 'liB' });
    await vi.advanceTimersByTimeAsync(0);
    expect(watcher.getSnapshot().status).toBe('live');
    await vi.advanceTimersByTimeAsync(2000);
    expect(asked.filter((id) => id === 'liA')).toHaveLength(1);
    expect(asked.filter((id) => id === 'liB')).toHaveLength(3);
    // Each check notifies (checkedAt moves); the statuses seen, in order, without repeats:
    expect(seen.filter((status, i) => status !== seen[i - 1])).toEqual(['offline', 'unknown', 'live']);
    off();
  });

  it('null is idle: unknown, nothing polled, until an id arrives', async () => {
    const { source, asked } = recordingSource(() => true);
    const watcher = watchLiveStatus(null, { source, interval: 1000 });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toEqual([]);
    expect(watcher.getSnapshot().status).toBe('unknown');
    watcher.setOptions({ liveStreamId: 'liC' });
    await vi.advanceTimersByTimeAsync(0);
    expect(watcher.getSnapshot().status).toBe('live');
    watcher.setOptions({ liveStreamId: null });
    expect(watcher.getSnapshot().status).toBe('unknown');
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toEqual(['liC']);
    off();
  });

  it('a new interval applies to the running loop', async () => {
    const { source, asked } = recordingSource(() => true);
    const watcher = watchLiveStatus('liD', { source, interval: 1000 });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(3000);
    expect(asked).toHaveLength(4);
    watcher.setOptions({ interval: 5000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked.length).toBeLessThanOrEqual(7);
    off();
  });
});

describe('watchVideoStatus().setOptions', () => {
  const body = (playable: boolean): VideoStatusBody => ({
    ingest: { status: 'ingested' },
    encoding: { playable, qualities: [{ type: 'hls', quality: '360p', status: playable ? 'encoded' : 'encoding' }] },
  });

  it('switches video in place, and idles on null', async () => {
    const asked: string[] = [];
    const fetcher = async (id: string) => (asked.push(id), body(id === 'viB'));
    const watcher = watchVideoStatus('viA', { fetcher, interval: 1000 });
    const off = watcher.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(watcher.getSnapshot().status).toBe('encoding');
    watcher.setOptions({ videoId: 'viB' });
    await vi.advanceTimersByTimeAsync(0);
    expect(watcher.getSnapshot()).toMatchObject({ status: 'encoded', playable: true });
    watcher.setOptions({ videoId: null });
    expect(watcher.getSnapshot().status).toBe('unknown');
    const before = asked.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(before);
    off();
  });

  it('null needs no credential; a video without credential or fetcher throws OptionsError', () => {
    const watcher = watchVideoStatus(null, {});
    expect(watcher.getSnapshot().status).toBe('unknown');
    expect(() => watcher.setOptions({ videoId: 'viX' })).toThrow(
      expect.objectContaining({ name: 'OptionsError', code: 'invalid_options' }),
    );
  });
});
