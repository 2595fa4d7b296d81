import axe from 'axe-core';
import { createRef } from 'react';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { VideoPlayer, VidkitProvider, type VideoPlayerHandle } from '../index.js';
import { clipFile } from '../test-support/emulator.js';

const clipUrl = URL.createObjectURL(clipFile());
afterAll(() => URL.revokeObjectURL(clipUrl));

const currentTime = () => document.querySelector('video')!.currentTime;

describe('<VideoPlayer>', () => {
  it('plays, keeps its aspect ratio and obeys its ref', async () => {
    const ref = createRef<VideoPlayerHandle>();
    const screen = await render(
      <div style={{ width: 320 }}>
        <VideoPlayer ref={ref} src={clipUrl} muted autoplay />
      </div>,
    );
    await expect.poll(currentTime, { timeout: 20_000 }).toBeGreaterThan(0.3);
    const box = screen.container.querySelector('.vidkit-player')!.getBoundingClientRect();
    expect(box.width).toBe(320);
    expect(box.height).toBe(180);

    ref.current!.pause();
    await expect.poll(() => ref.current!.getSnapshot()?.status).toBe('paused');
    ref.current!.seek(1);
    await expect.poll(currentTime).toBeCloseTo(1, 1);
  });

  it('never collapses to 0×0, even in a shrink-wrapped parent', async () => {
    const screen = await render(
      <div style={{ display: 'inline-block' }}>
        <VideoPlayer src={clipUrl} muted />
      </div>,
    );
    const box = screen.container.querySelector('.vidkit-player')!.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
  });

  it('calls the latest callback props, never stale ones', async () => {
    const calls: string[] = [];
    const first = () => calls.push('first');
    const second = () => calls.push('second');
    const screen = await render(<VideoPlayer src={clipUrl} muted autoplay onTimeUpdate={first} />);
    await expect.poll(() => calls.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await screen.rerender(<VideoPlayer src={clipUrl} muted autoplay onTimeUpdate={second} />);
    const mark = calls.length;
    await expect.poll(() => calls.slice(mark).includes('second'), { timeout: 20_000 }).toBe(true);
    expect(calls.slice(mark + 1)).not.toContain('first');
  });

  it('shows an offline state for a live stream that is not broadcasting', async () => {
    const changes: boolean[] = [];
    const url = inject('emulatorUrl');
    const screen = await render(
      <VidkitProvider deliveryBaseUrl={url}>
        <VideoPlayer liveStreamId="li0000000000000000000000" muted onLiveChange={(live) => changes.push(live)} />
      </VidkitProvider>,
    );
    await expect.element(screen.getByText(/This live stream is offline/)).toBeVisible();
    expect(changes).toEqual([false]);
  });

  it('has no accessibility violations (axe-core)', async () => {
    const screen = await render(<VideoPlayer src={clipUrl} muted />);
    const results = await axe.run(screen.container);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
