import { afterEach, describe, expect, it } from 'vitest';
import { watchLiveStatus } from '../status/live-status.js';
import { onlineManager } from './online-manager.js';
import { visibilityManager } from './visibility-manager.js';

// Chromium's own navigator.onLine / visibilityState cannot be flipped from inside a page, so the test shadows the
// two properties on this test's frame and fires the real DOM events the managers listen to.
function setEnvironment(property: 'onLine' | 'visibilityState', value: unknown) {
  const target = property === 'onLine' ? navigator : document;
  Object.defineProperty(target, property, { configurable: true, get: () => value });
  if (property === 'onLine') window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  else document.dispatchEvent(new Event('visibilitychange'));
}
afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine;
  delete (document as { visibilityState?: string }).visibilityState;
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('visibility and online managers in Chromium', () => {
  it('follow the DOM events while subscribed', () => {
    const seen: string[] = [];
    const offOnline = onlineManager.subscribe(() => seen.push(`online:${onlineManager.getSnapshot()}`));
    const offVisible = visibilityManager.subscribe(() => seen.push(`visible:${visibilityManager.getSnapshot()}`));
    setEnvironment('onLine', false);
    setEnvironment('onLine', true);
    setEnvironment('visibilityState', 'hidden');
    offOnline();
    offVisible();
    // Unsubscribed: the managers no longer listen, so this change notifies no one.
    setEnvironment('visibilityState', 'visible');
    expect(seen).toEqual(['online:false', 'online:true', 'visible:false']);
  });

  it('pause a status poller while offline and resume it at once when back online', async () => {
    let calls = 0;
    const source = async () => (calls++, true);
    const off = watchLiveStatus('li-managers', { source, interval: 200 }).subscribe(() => {});
    await wait(500);
    const before = calls;
    expect(before).toBeGreaterThanOrEqual(2);
    setEnvironment('onLine', false);
    await wait(50);
    const paused = calls;
    await wait(800);
    expect(calls).toBe(paused);
    setEnvironment('onLine', true);
    // Back online: the overdue check runs at once, not an interval later.
    for (let i = 0; i < 20 && calls === paused; i++) await wait(10);
    expect(calls).toBe(paused + 1);
    off();
  });

  it('slow a status poller down while the page is hidden', async () => {
    let calls = 0;
    const source = async () => (calls++, true);
    const off = watchLiveStatus('li-hidden', { source, interval: 100 }).subscribe(() => {});
    await wait(50);
    setEnvironment('visibilityState', 'hidden');
    const start = calls;
    await wait(1000);
    // Five times slower while hidden: about 2 checks a second instead of 10.
    expect(calls - start).toBeLessThanOrEqual(3);
    setEnvironment('visibilityState', 'visible');
    const resumed = calls;
    await wait(1000);
    expect(calls - resumed).toBeGreaterThanOrEqual(5);
    off();
  });
});
